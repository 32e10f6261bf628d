package org.qiaoyun.kernel.identity;

import org.qiaoyun.kernel.text.KernelRefusal;

/** Input that breaks an account rule (password policy, username, roles), naming the field at fault. */
public class IdentityRuleViolation extends KernelRefusal {

    private static final long serialVersionUID = 1L;

    private final String field;

    public IdentityRuleViolation(String field, String code, Object... arguments) {
        super(code, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
