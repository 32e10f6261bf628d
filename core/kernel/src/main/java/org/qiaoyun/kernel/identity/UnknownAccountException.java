package org.qiaoyun.kernel.identity;

/** No user has this username (or the caller may not know of it). */
public class UnknownAccountException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownAccountException(String username) {
        super("no user named " + username);
    }
}
