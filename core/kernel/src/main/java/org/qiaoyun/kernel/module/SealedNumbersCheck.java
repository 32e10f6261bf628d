package org.qiaoyun.kernel.module;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.personal.SealedNumbers;

/**
 * The check at the platform's start that each module's ID key opens the numbers the module sealed before
 * ({@link SealedNumbers}): the newest few numbers of the federations where the module is on, until {@value #WITNESSES}
 * federations had numbers to try (or {@value #MOST} were asked), so that a start costs a few reads whatever the size
 * of the tree. A key that opens none of one federation's sample stops the start with a message that names the setting
 * and what to do; nothing is written and no row is touched.
 */
public final class SealedNumbersCheck {

    static final int SAMPLE = 3;
    static final int WITNESSES = 3;
    static final int MOST = 100;

    private SealedNumbersCheck() {
    }

    /**
     * Checks one module's numbers in {@code federations} (the codes where it is on, in a stable order), reading each
     * through {@code scopes}; refuses with {@link WrongKeyException} when the key does not open them.
     */
    public static void check(String moduleId, SealedNumbers numbers, List<String> federations, Function<String, TenantScope> scopes) {
        check(moduleId, numbers.keyVariable(), federations, code -> numbers.opens(scopes.apply(code), SAMPLE));
    }

    /** The same, with each federation's verdict on its sample given by {@code opened} (empty: no numbers there). */
    static void check(String moduleId, String keyVariable, List<String> federations, Function<String, Optional<Boolean>> opened) {
        int witnesses = 0;
        int asked = 0;
        for (String federation : federations) {
            if (witnesses >= WITNESSES || asked >= MOST) {
                return;
            }
            asked++;
            Optional<Boolean> verdict = opened.apply(federation);
            if (verdict.isEmpty()) {
                continue;
            }
            if (!verdict.get()) {
                throw new WrongKeyException(moduleId, keyVariable, federation);
            }
            witnesses++;
        }
    }

    /** A module's key that does not open the numbers it sealed: the platform does not start. */
    public static final class WrongKeyException extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        WrongKeyException(String moduleId, String variable, String federation) {
            super(variable + " does not open the ID numbers the " + moduleId + " module sealed before (in the federation "
                    + federation + "): it is not the key they were sealed with, and the platform does not start. Set " + variable
                    + " to the key they were sealed with; to change keys, give the new key in " + variable + " and the old one in "
                    + variable + "_PREVIOUS (docs/operations.md, \"Rotating an ID key\").");
        }
    }
}
