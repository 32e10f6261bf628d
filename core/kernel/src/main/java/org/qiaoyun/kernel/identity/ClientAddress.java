package org.qiaoyun.kernel.identity;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request comes from, as the sign-in counters see it: the connection's peer, or, when that
 * peer is one of the configured proxies, the last address {@code X-Forwarded-For} names before them.
 * A header from anyone else is ignored: a client cannot choose the address it is counted under.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request, Set<String> trustedProxies) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies);
    }

    /** The client's address from the connection's peer and the {@code X-Forwarded-For} header it sent (or null). */
    static String of(String peer, String forwarded, Set<String> trustedProxies) {
        if (forwarded == null || !trustedProxies.contains(peer)) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }
}
