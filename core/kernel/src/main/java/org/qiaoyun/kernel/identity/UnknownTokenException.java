package org.qiaoyun.kernel.identity;

/** A token that does not exist for the caller (another's, or none): answered 404. */
public class UnknownTokenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownTokenException(String id) {
        super("no token " + id);
    }
}
