package dev.calls.jpa.schema;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

/**
 * One versioned script, as resolved for a database.
 *
 * @param version the number in {@code V<version>__<description>.sql}
 * @param script the file name
 * @param resource the classpath resource it was read from (the database's folder or {@code common})
 * @param sql the script text
 */
public record Migration(int version, String script, String resource, String sql) {

    /** A CRC32 of the text with line endings normalised: recorded at install, compared by status. */
    public long checksum() {
        CRC32 crc = new CRC32();
        crc.update(sql.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    /** The statements of the script. */
    public List<String> statements() {
        return SqlStatements.split(sql);
    }

    /** The version of a script name such as {@code V12__meetings.sql}. */
    static int versionOf(String script) {
        if (!script.matches("V[0-9]+__[A-Za-z0-9_]+\\.sql")) {
            throw new IllegalStateException("not a versioned script name: " + script);
        }
        return Integer.parseInt(script.substring(1, script.indexOf("__")));
    }
}
