package dev.calls.jpa.schema;

import dev.calls.jpa.SqlDialect;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The scripts shipped in the jar under {@value #DEFAULT_ROOT}: {@code migrations.txt} lists the versioned
 * scripts in order; each is read from the database's folder ({@code h2}, {@code postgresql}, {@code mysql})
 * when that folder has a file of the same name, else from {@code common}. The same rule resolves
 * {@code bootstrap.sql} (lock and version tables) and {@code drop.sql}.
 */
public final class SchemaScripts {
    /** Where the scripts live on the classpath. */
    public static final String DEFAULT_ROOT = "dev/calls/jpa/schema";

    private final String root;
    private final SqlDialect dialect;
    private final ClassLoader loader;

    public SchemaScripts(SqlDialect dialect) {
        this(DEFAULT_ROOT, dialect, SchemaScripts.class.getClassLoader());
    }

    /** Scripts under another classpath root, with the same layout. */
    public SchemaScripts(String root, SqlDialect dialect, ClassLoader loader) {
        this.root = Objects.requireNonNull(root, "root");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    public SqlDialect dialect() {
        return dialect;
    }

    /** Every versioned script, lowest version first. */
    public List<Migration> migrations() {
        List<Migration> all = new ArrayList<>();
        for (String line : read(root + "/migrations.txt").split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            String resource = resolve(name);
            all.add(new Migration(Migration.versionOf(name), name, resource, read(resource)));
        }
        all.sort(Comparator.comparingInt(Migration::version));
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i).version() == all.get(i - 1).version()) {
                throw new IllegalStateException("two scripts for version " + all.get(i).version());
            }
        }
        return all;
    }

    /** The newest version shipped. */
    public int latestVersion() {
        List<Migration> all = migrations();
        return all.isEmpty() ? 0 : all.get(all.size() - 1).version();
    }

    /** The lock and version tables. */
    public List<String> bootstrap() {
        return SqlStatements.split(read(resolve("bootstrap.sql")));
    }

    /** Drops every table except the lock table. */
    public List<String> drop() {
        return SqlStatements.split(read(resolve("drop.sql")));
    }

    /** The resource for a script name: the database's override, else the common one. */
    public String resolve(String name) {
        if (dialect.folder() != null) {
            String specific = root + "/" + dialect.folder() + "/" + name;
            if (loader.getResource(specific) != null) {
                return specific;
            }
        }
        return root + "/common/" + name;
    }

    private String read(String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema script missing from the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
