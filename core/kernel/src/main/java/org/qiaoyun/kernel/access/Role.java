package org.qiaoyun.kernel.access;

import java.util.Arrays;
import java.util.Locale;

import org.qiaoyun.api.InvalidInputException;

/**
 * What a user does in their home tenant. An admin administers the whole subtree below the home
 * tenant (provisioning, module policy, users); the others work in the home tenant only. Modules add
 * their own permissions on top of these roles.
 */
public enum Role {
    ADMIN, CASEWORKER, LEGAL_ADVISER, ORGANISER, VOLUNTEER, VIEWER;

    /** The JSON spelling: {@code legal_adviser}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String text) {
        if (text != null) {
            for (Role role : values()) {
                if (role.name().equalsIgnoreCase(text.trim())) {
                    return role;
                }
            }
        }
        throw new InvalidInputException("roles", org.qiaoyun.api.Text.of("kernel.account.roles-unknown",
                Arrays.stream(values()).map(Role::wireName).toList().toString(), text));
    }
}
