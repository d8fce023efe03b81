package dev.calls.memory;

import dev.calls.UserRef;
import dev.calls.spi.Device;
import dev.calls.spi.DeviceStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Push devices in memory, keyed by token. Thread-safe (one lock: registrations are rare). */
public final class InMemoryDeviceStore implements DeviceStore {
    static final Comparator<Device> OLDEST_FIRST =
            Comparator.comparing(Device::registeredAt).thenComparing(Device::id);
    private final Map<String, Device> byToken = new HashMap<>();

    @Override
    public synchronized Device register(Device device, int maxPerUser) {
        Device known = byToken.get(device.token());
        Device stored = known == null ? device : new Device(known.id(), device.user(), device.platform(),
                device.kind(), device.token(), device.appId(), device.name(), device.registeredAt());
        byToken.put(stored.token(), stored);
        List<Device> mine = list(stored.user());
        for (int i = 0; i < mine.size() - Math.max(1, maxPerUser); i++) {
            byToken.remove(mine.get(i).token());
        }
        return stored;
    }

    @Override
    public synchronized List<Device> list(UserRef user) {
        List<Device> mine = new ArrayList<>();
        for (Device d : byToken.values()) {
            if (d.user().equals(user)) {
                mine.add(d);
            }
        }
        mine.sort(OLDEST_FIRST);
        return mine;
    }

    @Override
    public synchronized boolean remove(UserRef user, String deviceId) {
        return byToken.values().removeIf(d -> d.user().equals(user) && d.id().equals(deviceId));
    }

    @Override
    public synchronized boolean removeToken(String token) {
        return byToken.remove(token) != null;
    }
}
