package org.qiaoyun.kernel.notify;

import java.util.Optional;

import org.qiaoyun.api.Text;

/**
 * What came of a test an admin sent on a channel (the staff group's robot, email): sent, or why not in plain words
 * ({@code problem}, a text of the kernel's to render in the admin's language). A wrong setting is the answer, never an
 * error of the platform.
 */
public record TestOutcome(boolean sent, Text problem) {

    /** Sent: nothing to say. */
    public static TestOutcome delivered() {
        return new TestOutcome(true, null);
    }

    /** Not sent, for the reason {@code problem} names. */
    public static TestOutcome failed(Text problem) {
        return new TestOutcome(false, problem);
    }

    /**
     * What went wrong on the way to any server, in plain words: the connection refused, the host unknown, the time run
     * out, the secure connection (TLS) refused. Empty when the failure was not of the network (the service's own answer).
     */
    static Optional<Text> network(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.ConnectException) {
                return Optional.of(Text.of("kernel.notify.test.refused"));
            }
            if (cause instanceof java.net.UnknownHostException) {
                return Optional.of(Text.of("kernel.notify.test.unknown-host"));
            }
            if (cause instanceof javax.net.ssl.SSLException) {
                return Optional.of(Text.of("kernel.notify.test.tls"));
            }
            if (cause instanceof java.net.http.HttpTimeoutException || cause instanceof java.net.SocketTimeoutException) {
                return Optional.of(Text.of("kernel.notify.test.timeout"));
            }
        }
        return Optional.empty();
    }
}
