package dev.calls.examples.servlet;

import dev.calls.UserProfile;
import dev.calls.spi.UserDirectory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The example's users and organizations; also the {@link UserDirectory} the engine asks. Thread-safe once
 * built.
 */
public final class Directory implements UserDirectory {
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final Map<String, String> organizations = new LinkedHashMap<>();
    private final java.util.Set<String> admins = ConcurrentHashMap.newKeySet();
    /** Digests of Basic credentials already checked, so a client opening many streams is hashed once. */
    private final Map<String, String> verified = new ConcurrentHashMap<>();

    public Directory organization(String tenant, String name) {
        organizations.put(tenant, name);
        return this;
    }

    public Directory add(Account account) {
        if (!organizations.containsKey(account.tenant())) {
            throw new IllegalArgumentException("unknown organization " + account.tenant());
        }
        accounts.put(account.username(), account);
        return this;
    }

    /** Makes an account its organization's administrator (statistics, live calls, ending stuck calls). */
    public Directory admin(String username) {
        admins.add(username);
        return this;
    }

    /** The {@link dev.calls.spi.AdminPolicy}: an administrator administers their own organization only. */
    public boolean isAdmin(dev.calls.UserRef user) {
        return admins.contains(user.userId())
                && byUsername(user.userId()).filter(a -> a.tenant().equals(user.tenant())).isPresent();
    }

    public Optional<Account> byUsername(String username) {
        return Optional.ofNullable(username == null ? null : accounts.get(username));
    }

    @Override
    public Optional<UserProfile> find(String tenant, String userId) {
        return byUsername(userId).filter(a -> a.tenant().equals(tenant)).map(Account::profile);
    }

    public String organizationName(String tenant) {
        return organizations.getOrDefault(tenant, tenant);
    }

    public Map<String, String> organizations() {
        return Map.copyOf(organizations);
    }

    /** Members of an organization, in the order they were added. */
    public List<Account> members(String tenant) {
        List<Account> members = new ArrayList<>();
        for (Account a : accounts.values()) {
            if (a.tenant().equals(tenant)) {
                members.add(a);
            }
        }
        return members;
    }

    public Optional<Account> authenticate(String username, String password) {
        return byUsername(username).filter(a -> password != null && a.password().matches(password));
    }

    /** Checks {@code Authorization: Basic …}; a header seen before is answered from memory. */
    public Optional<Account> authenticateBasic(String header) {
        String digest = digest(header);
        String known = verified.get(digest);
        if (known != null) {
            return byUsername(known);
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring("Basic ".length()).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        Optional<Account> account = authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
        account.ifPresent(a -> {
            if (verified.size() > 100_000) {
                verified.clear();
            }
            verified.put(digest, a.username());
        });
        return account;
    }

    private static String digest(String header) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(header.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
