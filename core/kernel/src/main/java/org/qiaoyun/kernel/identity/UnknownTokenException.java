package org.qiaoyun.kernel.identity;

import org.qiaoyun.kernel.text.KernelRefusal;

/** A token that does not exist for the caller (another's, or none): answered 404. */
public class UnknownTokenException extends KernelRefusal {

    private static final long serialVersionUID = 1L;

    public UnknownTokenException(String id) {
        super("kernel.token.unknown", id);
    }
}
