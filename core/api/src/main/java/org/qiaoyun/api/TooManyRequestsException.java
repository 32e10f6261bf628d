package org.qiaoyun.api;

/**
 * The same client asked too often: a module's own limit per address (public sign-ups from one network address) was
 * reached, and nothing of the request was stored. Answered as 429 with {@code Retry-After}: a REST call as a problem,
 * a public page as the module renders it.
 */
public class TooManyRequestsException extends RefusalException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public TooManyRequestsException(Text text, long retryAfterSeconds) {
        super(text);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    /** In how many seconds the client may try again. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
