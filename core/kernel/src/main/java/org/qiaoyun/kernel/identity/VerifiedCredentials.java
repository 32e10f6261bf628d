package org.qiaoyun.kernel.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * API credentials (HTTP Basic) verified a moment ago, so that a script sending its password with every call
 * does not pay the password hash every time. An entry is keyed by a hash of username and password and holds
 * the account's version at the time; the caller reads the account's current version on every call, so that
 * a password change, lockout or disable (on any instance) ends it at once. It decides nothing by itself.
 */
final class VerifiedCredentials {

    /** How long a verified credential is trusted without hashing it again. */
    static final Duration FOR = Duration.ofMinutes(2);
    private static final int MAX = 10_000;

    private record Verified(String username, long version, Instant until) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final Map<String, Object> verifying = new ConcurrentHashMap<>();
    private final Clock clock;

    VerifiedCredentials(Clock clock) {
        this.clock = clock;
    }

    static String key(String username, String password) {
        return ApiTokens.hash(username + "\u0000" + password);
    }

    /** The account's version when the credential was verified, if that was lately. */
    Optional<Long> versionOf(String key, String username) {
        Verified known = verified.get(key);
        return known != null && known.until().isAfter(clock.instant()) && known.username().equals(username)
                ? Optional.of(known.version()) : Optional.empty();
    }

    void remember(String key, String username, long version) {
        if (verified.size() > MAX) {
            verified.clear(); // a crude bound: the cache only saves work
        }
        verified.put(key, new Verified(username, version, clock.instant().plus(FOR)));
    }

    void forget(String key) {
        verified.remove(key);
    }

    /** Runs the full check of one credential at a time: calls arriving together wait for the first. */
    <T> T oneAtATime(String key, Supplier<T> check) {
        Object gate = verifying.computeIfAbsent(key, k -> new Object());
        synchronized (gate) {
            try {
                return check.get();
            } finally {
                verifying.remove(key, gate);
            }
        }
    }
}
