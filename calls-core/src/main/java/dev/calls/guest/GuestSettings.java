package dev.calls.guest;

import dev.calls.spi.GuestListener;
import dev.calls.spi.GuestStore;
import java.util.Objects;

/**
 * How guest passes are kept and signed.
 *
 * @param store where passes live
 * @param listener told of new and revoked passes (an invitation mailer)
 * @param secret the HMAC key passes are signed with: at least 32 bytes, the same on every node
 */
public record GuestSettings(GuestStore store, GuestListener listener, byte[] secret) {
    public GuestSettings {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(secret, "secret");
        if (secret.length < 32) {
            throw new dev.calls.InvalidSettingException("guests.secret", "guests.secret needs at least 32 bytes");
        }
        secret = secret.clone();
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    @Override
    public String toString() {
        return "GuestSettings[store=" + store + ", listener=" + listener + ", secret=(hidden)]";
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
