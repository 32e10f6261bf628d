package org.qiaoyun.kernel.identity;

/** A user with this username exists already; usernames are unique across the platform. */
public class DuplicateAccountException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DuplicateAccountException(String username) {
        super("a user named " + username + " exists already");
    }
}
