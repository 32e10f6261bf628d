package org.qiaoyun.kernel.access;

import org.qiaoyun.kernel.text.KernelRefusal;

/**
 * The caller may not see the federation at all: answered exactly as a federation that does not exist
 * (404, the same words), so that a refusal maps nothing of the tree.
 */
public class NotVisibleException extends KernelRefusal {

    private static final long serialVersionUID = 1L;

    public NotVisibleException(String code) {
        super("kernel.tenant.unknown", code);
    }
}
