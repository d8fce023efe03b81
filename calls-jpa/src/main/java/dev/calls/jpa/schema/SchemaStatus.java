package dev.calls.jpa.schema;

import dev.calls.jpa.SqlDialect;
import java.util.List;

/**
 * What is installed compared with what this jar ships.
 *
 * @param dialect the kind of database
 * @param database product name and version as the driver reports them
 * @param installedVersion the highest version applied, 0 if none
 * @param latestVersion the highest version shipped
 * @param pending shipped scripts not yet applied, in order
 * @param changed applied scripts whose shipped text no longer matches the recorded checksum
 */
public record SchemaStatus(SqlDialect dialect, String database, int installedVersion, int latestVersion,
        List<Migration> pending, List<String> changed) {

    public SchemaStatus {
        pending = List.copyOf(pending);
        changed = List.copyOf(changed);
    }

    /** Some version is installed. */
    public boolean installed() {
        return installedVersion > 0;
    }

    /** Installed, with nothing pending. */
    public boolean upToDate() {
        return installed() && pending.isEmpty();
    }
}
