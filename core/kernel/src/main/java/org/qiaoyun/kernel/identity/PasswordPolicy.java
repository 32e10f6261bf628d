package org.qiaoyun.kernel.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What makes a password acceptable: at least 10 characters, not the username, and not one of the
 * common passwords shipped with the platform ({@code identity/common-passwords.txt}, compared without
 * regard to case).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Throws naming the {@code password} field when the password breaks a rule. */
    public static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new IdentityRuleViolation("password", "kernel.password.too-short", MIN_LENGTH);
        }
        if (username != null && password.equalsIgnoreCase(username)) {
            throw new IdentityRuleViolation("password", "kernel.password.is-username");
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            throw new IdentityRuleViolation("password", "kernel.password.common");
        }
    }

    private static Set<String> load() {
        Set<String> common = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("identity/common-passwords.txt is missing from the kernel jar");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> common.add(l.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(common);
    }
}
