package dev.calls.jpa.cli;

import dev.calls.StorageException;
import dev.calls.jpa.SqlDialect;
import dev.calls.jpa.schema.Migration;
import dev.calls.jpa.schema.SchemaInstaller;
import dev.calls.jpa.schema.SchemaScripts;
import dev.calls.jpa.schema.SchemaStatus;
import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The schema from the command line, for operators: plain JDBC, so the class path needs only this jar,
 * calls-core, its dependencies and the database's JDBC driver.
 *
 * <pre>
 * java -cp "calls-jpa.jar:calls-core.jar:postgresql.jar:…" dev.calls.jpa.cli.SchemaTool status \
 *      --url jdbc:postgresql://db:5432/app --user app
 * </pre>
 *
 * Commands: {@code install}, {@code uninstall [--keep-data]}, {@code status}. The connection comes from
 * {@code --url}, {@code --user}, {@code --password}, or the environment variables
 * {@code CALLS_DATASOURCE_URL}, {@code CALLS_DATASOURCE_USERNAME}, {@code CALLS_DATASOURCE_PASSWORD}
 * (preferred for the password: arguments are visible to other users of the machine).
 *
 * <p>Exit codes: 0 done (status: installed and up to date); 1 the database or a script failed; 2 wrong
 * usage; 3 (status only) not installed, or versions pending.
 */
public final class SchemaTool {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int NOT_CURRENT = 3;

    private static final String USAGE_TEXT = """
            usage: SchemaTool <command> [--url JDBC_URL] [--user NAME] [--password SECRET]
              install                 create the calls tables, or migrate them to this version
              uninstall [--keep-data] drop the calls tables (with --keep-data: keep tables and rows)
              status                  show the installed and the shipped versions
            environment: CALLS_DATASOURCE_URL, CALLS_DATASOURCE_USERNAME, CALLS_DATASOURCE_PASSWORD
            exit codes: 0 ok, 1 failed, 2 usage, 3 status: not installed or out of date""";

    private SchemaTool() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /** Runs one command; returns the exit code. */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args, env);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        if (options.help()) {
            out.println(USAGE_TEXT);
            return OK;
        }
        String where = UrlDataSource.redact(options.url());
        try {
            UrlDataSource dataSource = new UrlDataSource(options.url(), options.user(), options.password());
            SchemaInstaller installer = new SchemaInstaller(dataSource,
                    new SchemaScripts(SqlDialect.ofUrl(options.url())), Duration.ofMinutes(5), Clock.systemUTC());
            return switch (options.command()) {
                case "install" -> install(installer, where, out);
                case "uninstall" -> uninstall(installer, options.keepData(), where, out);
                default -> status(installer, where, out);
            };
        } catch (StorageException e) {
            err.println("error: " + explain(e, options.url()));
            return FAILED;
        }
    }

    private static int install(SchemaInstaller installer, String where, PrintStream out) {
        List<Migration> applied = installer.migrate();
        if (applied.isEmpty()) {
            out.println("calls schema on " + where + " is up to date; nothing to do");
        }
        for (Migration m : applied) {
            out.println("applied " + m.script() + " (" + m.resource() + ")");
        }
        out.println("calls schema installed at version " + installer.status().installedVersion());
        return OK;
    }

    private static int uninstall(SchemaInstaller installer, boolean keepData, String where, PrintStream out) {
        installer.uninstall(keepData);
        out.println(keepData ? "calls tables and rows on " + where + " kept (--keep-data); nothing removed"
                : "calls tables dropped from " + where + "; other tables untouched");
        return OK;
    }

    private static int status(SchemaInstaller installer, String where, PrintStream out) {
        SchemaStatus s = installer.status();
        out.println("database:  " + s.database() + " at " + where + " (" + s.dialect().name().toLowerCase() + ")");
        out.println("installed: " + (s.installed() ? "version " + s.installedVersion() : "no"));
        out.println("shipped:   version " + s.latestVersion());
        for (Migration m : s.pending()) {
            out.println("pending:   " + m.script());
        }
        for (String changed : s.changed()) {
            out.println("warning:   " + changed + " differs from the script that was applied");
        }
        out.println(s.upToDate() ? "up to date" : s.installed() ? "out of date: run install" : "not installed");
        return s.upToDate() ? OK : NOT_CURRENT;
    }

    /** A message an operator can act on, without the password. */
    private static String explain(StorageException e, String url) {
        Throwable cause = e.getCause();
        if (cause instanceof SQLException sql && "08001".equals(sql.getSQLState())
                && sql.getMessage() != null && sql.getMessage().startsWith("No suitable driver")) {
            return "no JDBC driver for " + UrlDataSource.redact(url)
                    + " on the class path; add the database's driver jar (PostgreSQL, MariaDB, MySQL or H2) to -cp";
        }
        return e.getMessage();
    }

    /** The parsed command line. */
    record Options(String command, boolean keepData, String url, String user, String password, boolean help) {

        static Options parse(String[] args, Map<String, String> env) {
            String command = null;
            boolean keepData = false;
            String url = env.get("CALLS_DATASOURCE_URL");
            String user = env.get("CALLS_DATASOURCE_USERNAME");
            String password = env.get("CALLS_DATASOURCE_PASSWORD");
            List<String> rest = new ArrayList<>(List.of(args));
            while (!rest.isEmpty()) {
                String arg = rest.remove(0);
                switch (arg) {
                    case "-h", "--help", "help" -> {
                        return new Options("help", false, "", null, null, true);
                    }
                    case "--keep-data" -> keepData = true;
                    case "--url" -> url = value(arg, rest);
                    case "--user" -> user = value(arg, rest);
                    case "--password" -> password = value(arg, rest);
                    case "install", "uninstall", "status" -> {
                        if (command != null) {
                            throw new IllegalArgumentException("one command at a time, not " + command + " and " + arg);
                        }
                        command = arg;
                    }
                    default -> throw new IllegalArgumentException("unknown argument: " + arg);
                }
            }
            if (command == null) {
                throw new IllegalArgumentException("a command is required: install, uninstall or status");
            }
            if (keepData && !command.equals("uninstall")) {
                throw new IllegalArgumentException("--keep-data belongs to uninstall");
            }
            if (url == null || url.isBlank()) {
                throw new IllegalArgumentException("no database: give --url or set CALLS_DATASOURCE_URL");
            }
            if (!url.startsWith("jdbc:")) {
                throw new IllegalArgumentException("--url must be a JDBC URL (jdbc:postgresql://…), not "
                        + UrlDataSource.redact(url));
            }
            return new Options(command, keepData, url, user, password == null ? "" : password, false);
        }

        private static String value(String option, List<String> rest) {
            if (rest.isEmpty() || rest.get(0).startsWith("--")) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return rest.remove(0);
        }

        /** Never shows the password. */
        @Override
        public String toString() {
            return "Options[" + command + ", url=" + UrlDataSource.redact(url) + ", user=" + user + "]";
        }
    }
}
