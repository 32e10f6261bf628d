package org.qiaoyun.ui.web;

import java.time.Clock;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often one client (by its address) may ask for public pages: a bucket of {@code burst} requests,
 * refilled at {@code perMinute}. A bucket full for a minute is forgotten, so the map stays as small as
 * the clients of the last minute. Per platform instance: several instances each allow this much.
 */
final class PublicRateLimit {

    private final int burst;
    private final double perMilli;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    PublicRateLimit(int burst, int perMinute, Clock clock) {
        this.burst = burst;
        this.perMilli = perMinute / 60_000.0;
        this.clock = clock;
    }

    /** Takes one request from the client's bucket; false when it is empty. */
    boolean allow(String client) {
        long now = clock.millis();
        if (buckets.size() > 10_000) {
            forgetIdle(now);
        }
        return buckets.computeIfAbsent(client, c -> new Bucket(burst, now)).take(now, burst, perMilli);
    }

    /** Seconds until the client's next request is allowed (at least 1). */
    long retryAfterSeconds() {
        return Math.max(1, (long) Math.ceil(1 / perMilli / 1000));
    }

    private void forgetIdle(long now) {
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
            if (now - it.next().last > 60_000) {
                it.remove();
            }
        }
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(int burst, long now) {
            this.tokens = burst;
            this.last = now;
        }

        synchronized boolean take(long now, int burst, double perMilli) {
            tokens = Math.min(burst, tokens + (now - last) * perMilli);
            last = now;
            if (tokens < 1) {
                return false;
            }
            tokens--;
            return true;
        }
    }
}
