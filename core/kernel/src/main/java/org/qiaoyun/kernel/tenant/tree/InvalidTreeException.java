package org.qiaoyun.kernel.tenant.tree;

import java.util.List;

/** A tenant tree file was refused as a whole; every error found is listed. */
public class InvalidTreeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<TreeError> errors;

    public InvalidTreeException(List<TreeError> errors) {
        super("the tenant tree is invalid: " + errors.size() + " error(s), the first: " + errors.get(0));
        this.errors = List.copyOf(errors);
    }

    public List<TreeError> errors() {
        return errors;
    }
}
