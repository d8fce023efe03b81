package dev.calls.jpa;

import dev.calls.Call;
import dev.calls.CallState;
import dev.calls.admin.StatsQuery;
import dev.calls.jpa.internal.Storage;
import dev.calls.spi.AdminStore;
import dev.calls.spi.StatsRows;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Objects;

/**
 * The {@link AdminStore} on the JPA tables: every figure is one SQL aggregate over the tenant's calls created in
 * the range (index {@code calls_call_stats_ix}, schema version 5), never the rows themselves. Percentiles come
 * from histograms grouped in the database (tenths of a second, whole seconds) and ranked in Java, which gives
 * the same nearest-rank answer on H2, PostgreSQL and MySQL/MariaDB (MariaDB has {@code PERCENTILE_CONT} only as a
 * window function, and the three disagree on interpolation). The peak of concurrent calls is a running sum
 * over answers and ends (a window function: H2 2, PostgreSQL, MySQL 8, MariaDB 10.2 and later). Thread-safe.
 */
public final class JpaAdminStore implements AdminStore {
    private static final String RANGE = " FROM calls_call WHERE tenant = ?1 AND created_at >= ?2 AND created_at < ?3";

    /**
     * PostgreSQL sorts the peak's answers and ends (two rows per talked call) in memory up to this size instead of
     * spilling to disk (its default {@code work_mem} is 4 MB: about 150,000 rows); for this transaction only.
     */
    static final String PG_SORT_MEMORY = "64MB";

    private final JpaTransactions tx;
    private final SqlDialect dialect;

    JpaAdminStore(JpaTransactions tx, SqlDialect dialect) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    @Override
    public StatsRows stats(String tenant, StatsQuery q) {
        return Storage.guard("compute call statistics", () -> tx.read(em -> {
            if (dialect == SqlDialect.POSTGRESQL) {
                // a function, not SET LOCAL: valid however the host's transactions run the read
                em.createNativeQuery("SELECT set_config('work_mem', '" + PG_SORT_MEMORY + "', true)").getSingleResult();
            }
            return compute(em, tenant, q);
        }));
    }

    private static StatsRows compute(EntityManager em, String tenant, StatsQuery q) {
        return new StatsRows(
                buckets(em, tenant, q), histogram(em, tenant, q, "answered_at - created_at", "", ANSWER_TIME_UNIT_MILLIS),
                histogram(em, tenant, q, "ended_at - answered_at", " AND ended_at IS NOT NULL", DURATION_UNIT_MILLIS),
                missed(em, tenant, q), peak(em, tenant, q));
    }

    private static Query range(EntityManager em, String sql, String tenant, StatsQuery q) {
        return em.createNativeQuery(sql)
                .setParameter(1, tenant)
                .setParameter(2, q.from().toEpochMilli())
                .setParameter(3, q.to().toEpochMilli());
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static List<StatsRows.BucketRow> buckets(EntityManager em, String tenant, StatsQuery q) {
        String bucket = "FLOOR(created_at / " + q.bucket().millis() + ")";
        String sql = "SELECT " + bucket + ", state, end_reason, COUNT(*),"
                + " SUM(CASE WHEN answered_at IS NULL THEN 0 ELSE 1 END)" + RANGE
                + " GROUP BY " + bucket + ", state, end_reason";
        return rows(range(em, sql, tenant, q)).stream().map(r -> new StatsRows.BucketRow(number(r[0]), (String) r[1],
                (String) r[2], number(r[3]), number(r[4]))).toList();
    }

    private static List<StatsRows.HistogramRow> histogram(EntityManager em, String tenant, StatsQuery q, String value,
            String condition, long unit) {
        String group = "FLOOR((" + value + ") / " + unit + ")";
        String sql = "SELECT " + group + ", COUNT(*), SUM(" + value + ")" + RANGE
                + " AND answered_at IS NOT NULL" + condition + " GROUP BY " + group;
        return rows(range(em, sql, tenant, q)).stream()
                .map(r -> new StatsRows.HistogramRow(number(r[0]), number(r[1]), number(r[2]))).toList();
    }

    private static List<StatsRows.UserCount> missed(EntityManager em, String tenant, StatsQuery q) {
        if (q.topMissed() == 0) {
            return List.of();
        }
        String sql = "SELECT user_id, COUNT(*) FROM calls_participant WHERE tenant = ?1 AND state = 'missed'"
                + " AND call_created_at >= ?2 AND call_created_at < ?3 GROUP BY user_id ORDER BY COUNT(*) DESC, user_id";
        return rows(range(em, sql, tenant, q).setMaxResults(q.topMissed())).stream()
                .map(r -> new StatsRows.UserCount((String) r[0], number(r[1]))).toList();
    }

    /** Answers count +1 and ends -1; at the same instant an end sorts first, so touching calls do not overlap. */
    private static long peak(EntityManager em, String tenant, StatsQuery q) {
        String sql = "SELECT MAX(running) FROM (SELECT SUM(d) OVER (ORDER BY t, d ROWS BETWEEN UNBOUNDED PRECEDING"
                + " AND CURRENT ROW) AS running FROM ("
                + "SELECT answered_at AS t, 1 AS d" + RANGE + " AND answered_at IS NOT NULL"
                + " UNION ALL SELECT ended_at AS t, -1 AS d" + RANGE
                + " AND answered_at IS NOT NULL AND ended_at IS NOT NULL) steps) sweep";
        Object max = range(em, sql, tenant, q).getSingleResult();
        return max == null ? 0 : number(max);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    @Override
    public List<Call> liveCalls(String tenant, int limit) {
        return Storage.guard("find the tenant's live calls", () -> tx.read(em -> {
            List<String> ids = em.createQuery("select c.id from CallEntity c where c.tenant = :tenant"
                            + " and c.state in (:ringing, :active) order by c.createdAt, c.id", String.class)
                    .setParameter("tenant", tenant)
                    .setParameter("ringing", CallState.RINGING.wire())
                    .setParameter("active", CallState.ACTIVE.wire())
                    .setMaxResults(limit)
                    .getResultList();
            return JpaCallStore.load(em, ids);
        }));
    }
}
