package org.qiaoyun.ui.shell;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A location as the router will understand it, for the guard to decide on: decoded (as often as it takes),
 * lower-cased, without empty and dot segments or path parameters. {@code /%61dmin//./Users/} and
 * {@code admin/users} are the same screen, so they get the same answer.
 */
public final class RoutePath {

    private static final int MAX_DECODINGS = 4;

    private RoutePath() {
    }

    /** The segments of the location; empty when it cannot be decoded at all (then nothing is let through). */
    public static Optional<List<String>> segments(String raw) {
        String path = raw == null ? "" : raw;
        for (int i = 0; i < MAX_DECODINGS && path.indexOf('%') >= 0; i++) {
            try {
                path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return Optional.empty();
            }
        }
        if (path.indexOf('%') >= 0) {
            return Optional.empty(); // still encoded after several decodings: nobody means well
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.replace('\\', '/').split("/")) {
            int parameters = segment.indexOf(';');
            String name = (parameters >= 0 ? segment.substring(0, parameters) : segment).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                segments.pollLast();
            } else {
                segments.addLast(name);
            }
        }
        return Optional.of(List.copyOf(segments));
    }

    /** The normalised location as one string, {@code admin/users}; null when it cannot be decoded. */
    public static String normalise(String raw) {
        return segments(raw).map(s -> String.join("/", s)).orElse(null);
    }
}
