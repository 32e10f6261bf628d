package org.qiaoyun.kernel.identity;

import java.util.Locale;

import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.TenantLevel;

/**
 * Of whom a second factor is required (China's MLPS level 3 asks two factors of administrators). Whoever
 * enrolled one is always asked for it. Configured with {@code QIAOYUN_SECOND_FACTOR}; a demo platform asks
 * only those who enrolled, so that a newcomer signs in with the listed accounts.
 */
public enum SecondFactorPolicy {
    /** Only those who enrolled. */
    ENROLLED,
    /** The admins of the national and provincial federations (the default in production). */
    SENIOR_ADMINS,
    /** Every admin. */
    ADMINS,
    /** Everybody. */
    EVERYONE;

    /** Whether the account must give a second factor. */
    public boolean requires(Account account, Tenant home) {
        if (account.hasSecondFactor()) {
            return true;
        }
        boolean admin = account.roles().contains(Role.ADMIN);
        return switch (this) {
            case ENROLLED -> false;
            case SENIOR_ADMINS -> admin && (home.level() == TenantLevel.NATIONAL || home.level() == TenantLevel.PROVINCE);
            case ADMINS -> admin;
            case EVERYONE -> true;
        };
    }

    /** The setting's spelling, {@code senior-admins}. */
    public static SecondFactorPolicy parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
