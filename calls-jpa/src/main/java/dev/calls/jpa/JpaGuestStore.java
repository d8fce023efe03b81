package dev.calls.jpa;

import dev.calls.guest.GuestPass;
import dev.calls.guest.GuestState;
import dev.calls.guest.GuestTarget;
import dev.calls.jpa.internal.Storage;
import dev.calls.spi.GuestStore;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link GuestStore} in {@code calls_guest}. A presented pass is found by its key's hash ({@code key_hash},
 * unique); updates are conditional on the version, so of two hosts deciding at once one wins. Thread-safe.
 */
public final class JpaGuestStore implements GuestStore {
    private static final String COLUMNS = "id, tenant, target_kind, target_id, created_by, name, email, name_editable,"
            + " waiting_room, key_hash, state, created_at, expires_at, knocked_at, decided_at, decided_by, version";

    private final JpaTransactions tx;

    JpaGuestStore(JpaTransactions tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public void create(GuestPass p) {
        try {
            tx.write(em -> em.createNativeQuery("INSERT INTO calls_guest (" + COLUMNS + ") VALUES (?1, ?2, ?3, ?4, ?5,"
                            + " ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)")
                    .setParameter(1, p.id().toString()).setParameter(2, p.tenant())
                    .setParameter(3, p.target().kind().wire()).setParameter(4, p.target().id().toString())
                    .setParameter(5, p.createdBy()).setParameter(6, p.name()).setParameter(7, p.email())
                    .setParameter(8, p.nameEditable()).setParameter(9, p.waitingRoom())
                    .setParameter(10, p.keyHash()).setParameter(11, p.state().wire())
                    .setParameter(12, p.createdAt().toEpochMilli()).setParameter(13, p.expiresAt().toEpochMilli())
                    .setParameter(14, millis(p.knockedAt())).setParameter(15, millis(p.decidedAt()))
                    .setParameter(16, p.decidedBy()).setParameter(17, p.version())
                    .executeUpdate());
        } catch (PersistenceException | IllegalStateException e) {
            if (Storage.isCollision(e)) {
                throw new IllegalArgumentException("guest pass exists already: " + p.id(), e);
            }
            throw Storage.failure("create guest pass", e);
        }
    }

    @Override
    public Optional<GuestPass> find(UUID id) {
        return one("SELECT " + COLUMNS + " FROM calls_guest WHERE id = ?1", id.toString());
    }

    @Override
    public Optional<GuestPass> findByKeyHash(String keyHash) {
        return one("SELECT " + COLUMNS + " FROM calls_guest WHERE key_hash = ?1", keyHash);
    }

    private Optional<GuestPass> one(String sql, String value) {
        return Storage.guard("find guest pass", () -> tx.read(em -> rows(em.createNativeQuery(sql)
                .setParameter(1, value).getResultList()).stream().findFirst()));
    }

    @Override
    public boolean update(GuestPass p) {
        return Storage.guard("update guest pass", () -> tx.write(em -> em.createNativeQuery("UPDATE calls_guest"
                        + " SET name = ?1, email = ?2, name_editable = ?3, waiting_room = ?4, state = ?5,"
                        + " expires_at = ?6, knocked_at = ?7, decided_at = ?8, decided_by = ?9, version = ?10"
                        + " WHERE id = ?11 AND version = ?12")
                .setParameter(1, p.name()).setParameter(2, p.email()).setParameter(3, p.nameEditable())
                .setParameter(4, p.waitingRoom()).setParameter(5, p.state().wire())
                .setParameter(6, p.expiresAt().toEpochMilli()).setParameter(7, millis(p.knockedAt()))
                .setParameter(8, millis(p.decidedAt())).setParameter(9, p.decidedBy())
                .setParameter(10, p.version()).setParameter(11, p.id().toString())
                .setParameter(12, p.version() - 1)
                .executeUpdate()) == 1);
    }

    @Override
    public boolean delete(UUID id) {
        return Storage.guard("delete guest pass", () -> tx.write(em -> em.createNativeQuery(
                "DELETE FROM calls_guest WHERE id = ?1").setParameter(1, id.toString()).executeUpdate()) > 0);
    }

    @Override
    public List<GuestPass> findByTarget(GuestTarget target, int limit) {
        return Storage.guard("list guest passes", () -> tx.read(em -> rows(em.createNativeQuery("SELECT " + COLUMNS
                        + " FROM calls_guest WHERE target_kind = ?1 AND target_id = ?2 ORDER BY created_at, id")
                .setParameter(1, target.kind().wire()).setParameter(2, target.id().toString())
                .setMaxResults(limit).getResultList())));
    }

    private static Long millis(Instant at) {
        return at == null ? null : at.toEpochMilli();
    }

    private static List<GuestPass> rows(List<?> result) {
        List<GuestPass> out = new ArrayList<>();
        for (Object o : result) {
            Object[] r = (Object[]) o;
            out.add(new GuestPass(UUID.fromString((String) r[0]), (String) r[1],
                    new GuestTarget(GuestTarget.Kind.fromWire((String) r[2]), UUID.fromString((String) r[3])),
                    (String) r[4], (String) r[5], (String) r[6], bool(r[7]), bool(r[8]), (String) r[9],
                    GuestState.fromWire((String) r[10]), instant(r[11]), instant(r[12]), instant(r[13]),
                    instant(r[14]), (String) r[15], ((Number) r[16]).longValue()));
        }
        return out;
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    private static Instant instant(Object value) {
        return value == null ? null : Instant.ofEpochMilli(((Number) value).longValue());
    }
}
