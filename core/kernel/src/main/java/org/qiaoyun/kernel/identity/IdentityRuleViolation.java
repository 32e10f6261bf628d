package org.qiaoyun.kernel.identity;

/** Input that breaks an account rule (password policy, username, roles), naming the field at fault. */
public class IdentityRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public IdentityRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
