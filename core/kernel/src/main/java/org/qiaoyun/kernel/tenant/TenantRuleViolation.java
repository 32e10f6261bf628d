package org.qiaoyun.kernel.tenant;

import org.qiaoyun.kernel.text.KernelRefusal;

/**
 * A tenant rule was broken by the input: a bad code, a level that does not fit under the parent, a
 * missing name. Names the field so that a form or an API client can point at it.
 */
public class TenantRuleViolation extends KernelRefusal {

    private static final long serialVersionUID = 1L;

    private final String field;

    public TenantRuleViolation(String field, String code, Object... arguments) {
        super(code, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
