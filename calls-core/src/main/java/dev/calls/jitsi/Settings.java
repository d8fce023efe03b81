package dev.calls.jitsi;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/** The {@code calls.jitsi.*} entries of a property map, with errors that name the property. */
final class Settings {
    private final Map<String, String> values = new TreeMap<>();

    Settings(Map<String, String> properties) {
        properties.forEach((key, value) -> {
            if (key != null && key.startsWith(JitsiProviders.PREFIX) && value != null && !value.isBlank()) {
                values.put(key, value.trim());
            }
        });
    }

    /** The value, or null when unset or blank. */
    String get(String key) {
        return values.get(key);
    }

    void rejectUnknown(Set<String> known) {
        for (String key : values.keySet()) {
            if (!known.contains(key) && !key.startsWith(JitsiProviders.FEATURES)) {
                throw JitsiProviders.invalid(key, key + " is not a known setting; known: "
                        + known.stream().sorted().toList() + " and " + JitsiProviders.FEATURES + "NAME");
            }
        }
    }

    /** The {@code calls.jitsi.features.NAME} entries by NAME. */
    Map<String, String> features() {
        Map<String, String> features = new TreeMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith(JitsiProviders.FEATURES)) {
                features.put(key.substring(JitsiProviders.FEATURES.length()), value);
            }
        });
        return features;
    }

    /** Runs {@code step}, putting {@code key} in front of any {@link IllegalArgumentException} it throws. */
    static <T> T apply(String key, Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            throw JitsiProviders.invalid(key, message.startsWith(key) ? message : key + ": " + message);
        }
    }
}
