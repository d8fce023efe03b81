package dev.calls.jpa;

import dev.calls.UserRef;
import dev.calls.jpa.internal.Storage;
import dev.calls.spi.Device;
import dev.calls.spi.DeviceStore;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * {@link DeviceStore} in {@code calls_device}. A token is found by its SHA-256 ({@code token_hash}, unique), so
 * registering a known token updates that row in place, and of two nodes registering one new token at once the
 * unique key lets one insert while the other updates. Pruning beyond the cap runs after the registration commits,
 * so concurrent registrations for one user end, once all have returned, with the newest {@code maxPerUser}.
 * Thread-safe.
 */
public final class JpaDeviceStore implements DeviceStore {
    private static final int ATTEMPTS = 4;
    private static final String COLUMNS = "id, tenant, user_id, platform, kind, token, app_id, name, registered_at";

    private final JpaTransactions tx;

    JpaDeviceStore(JpaTransactions tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public Device register(Device d, int maxPerUser) {
        String hash = hash(d.token());
        String id = null;
        for (int attempt = 1; id == null; attempt++) {
            id = update(d, hash);
            if (id != null) {
                break;
            }
            try {
                tx.write(em -> em.createNativeQuery("INSERT INTO calls_device (" + COLUMNS + ", token_hash)"
                                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                        .setParameter(1, d.id()).setParameter(2, d.user().tenant()).setParameter(3, d.user().userId())
                        .setParameter(4, d.platform().wire()).setParameter(5, d.kind().wire())
                        .setParameter(6, d.token()).setParameter(7, d.appId()).setParameter(8, d.name())
                        .setParameter(9, d.registeredAt().toEpochMilli()).setParameter(10, hash)
                        .executeUpdate());
                id = d.id();
            } catch (PersistenceException | IllegalStateException e) {
                if (!Storage.isCollision(e) || attempt == ATTEMPTS) {
                    throw Storage.failure("register device", e);
                }
            }
        }
        Device stored = new Device(id, d.user(), d.platform(), d.kind(), d.token(), d.appId(), d.name(),
                d.registeredAt());
        prune(stored.user(), Math.max(1, maxPerUser));
        return stored;
    }

    /** Updates the device holding the token and returns its id (read under the update's row lock), or null. */
    private String update(Device d, String hash) {
        return Storage.guard("register device", () -> tx.write(em -> {
            int rows = em.createNativeQuery("UPDATE calls_device"
                            + " SET tenant = ?1, user_id = ?2, platform = ?3, kind = ?4, app_id = ?5, name = ?6,"
                            + " registered_at = ?7 WHERE token_hash = ?8")
                    .setParameter(1, d.user().tenant()).setParameter(2, d.user().userId())
                    .setParameter(3, d.platform().wire()).setParameter(4, d.kind().wire())
                    .setParameter(5, d.appId()).setParameter(6, d.name())
                    .setParameter(7, d.registeredAt().toEpochMilli()).setParameter(8, hash)
                    .executeUpdate();
            if (rows == 0) {
                return null;
            }
            List<?> ids = em.createNativeQuery("SELECT id FROM calls_device WHERE token_hash = ?1")
                    .setParameter(1, hash).getResultList();
            return ids.isEmpty() ? null : (String) ids.get(0);
        }));
    }

    /** Removes the user's devices beyond the newest {@code keep}. */
    private void prune(UserRef user, int keep) {
        List<Device> all = list(user);
        for (int i = 0; i < all.size() - keep; i++) {
            String id = all.get(i).id();
            Storage.guard("prune devices", () -> tx.write(em -> em.createNativeQuery(
                    "DELETE FROM calls_device WHERE id = ?1").setParameter(1, id).executeUpdate()));
        }
    }

    @Override
    public List<Device> list(UserRef user) {
        return Storage.guard("list devices", () -> tx.read(em -> rows(em.createNativeQuery("SELECT " + COLUMNS
                        + " FROM calls_device WHERE tenant = ?1 AND user_id = ?2 ORDER BY registered_at, id")
                .setParameter(1, user.tenant()).setParameter(2, user.userId()).getResultList())));
    }

    @Override
    public boolean remove(UserRef user, String deviceId) {
        return Storage.guard("remove device", () -> tx.write(em -> em.createNativeQuery(
                        "DELETE FROM calls_device WHERE id = ?1 AND tenant = ?2 AND user_id = ?3")
                .setParameter(1, deviceId).setParameter(2, user.tenant()).setParameter(3, user.userId())
                .executeUpdate()) > 0);
    }

    @Override
    public boolean removeToken(String token) {
        String hash = hash(token);
        return Storage.guard("remove device", () -> tx.write(em -> em.createNativeQuery(
                "DELETE FROM calls_device WHERE token_hash = ?1").setParameter(1, hash).executeUpdate()) > 0);
    }

    private static List<Device> rows(List<?> result) {
        List<Device> out = new ArrayList<>();
        for (Object o : result) {
            Object[] r = (Object[]) o;
            out.add(new Device((String) r[0], UserRef.of((String) r[1], (String) r[2]),
                    Device.Platform.valueOf(((String) r[3]).toUpperCase(Locale.ROOT)),
                    Device.Kind.valueOf(((String) r[4]).toUpperCase(Locale.ROOT)), (String) r[5], (String) r[6],
                    (String) r[7], Instant.ofEpochMilli(((Number) r[8]).longValue())));
        }
        return out;
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
