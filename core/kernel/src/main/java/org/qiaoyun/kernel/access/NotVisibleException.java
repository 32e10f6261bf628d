package org.qiaoyun.kernel.access;

/**
 * The caller may not see the federation at all: answered exactly as a federation that does not exist
 * (404, the same words), so that a refusal maps nothing of the tree.
 */
public class NotVisibleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotVisibleException(String code) {
        super("no tenant with code " + code);
    }
}
