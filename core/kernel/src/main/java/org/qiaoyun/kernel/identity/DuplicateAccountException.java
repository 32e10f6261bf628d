package org.qiaoyun.kernel.identity;

import org.qiaoyun.kernel.text.KernelRefusal;

/** A user with this username exists already; usernames are unique across the platform. */
public class DuplicateAccountException extends KernelRefusal {

    private static final long serialVersionUID = 1L;

    public DuplicateAccountException(String username) {
        super("kernel.account.duplicate", username);
    }
}
