package org.qiaoyun.kernel.identity;

import org.qiaoyun.kernel.text.KernelRefusal;

/** No user has this username (or the caller may not know of it). */
public class UnknownAccountException extends KernelRefusal {

    private static final long serialVersionUID = 1L;

    public UnknownAccountException(String username) {
        super("kernel.account.unknown", username);
    }
}
