package org.qiaoyun.kernel.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @Test
    void passwordNeedsTenCharacters() {
        assertThatThrownBy(() -> PasswordPolicy.check("taishan-admin", "Qy-2026!x"))
                .isInstanceOf(IdentityRuleViolation.class).hasMessageContaining("at least 10")
                .satisfies(e -> assertThat(((IdentityRuleViolation) e).field()).isEqualTo("password"));
        assertThatCode(() -> PasswordPolicy.check("taishan-admin", "Qy-2026!xz")).doesNotThrowAnyException();
    }

    @Test
    void passwordMustNotBeTheUsername() {
        assertThatThrownBy(() -> PasswordPolicy.check("taishan-admin", "Taishan-Admin"))
                .hasMessageContaining("not be the username");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "qwertyuiop", "Password123", "woaini1314", "1qaz2wsx3edc"})
    void commonPasswordsAreRefused(String common) {
        assertThatThrownBy(() -> PasswordPolicy.check("someone", common)).hasMessageContaining("most common");
    }

    @Test
    void hashesVerifyAndCarryTheirIterations() {
        Passwords passwords = new Passwords(1_000);
        String hash = passwords.hash("侨乡台山-2026-ts");
        assertThat(hash).startsWith("PBKDF2WithHmacSHA256:1000:");
        assertThat(passwords.matches("侨乡台山-2026-ts", hash)).isTrue();
        assertThat(passwords.matches("侨乡台山-2027-ts", hash)).isFalse();
        assertThat(new Passwords(5_000).matches("侨乡台山-2026-ts", hash)).as("old hashes keep verifying").isTrue();
        assertThat(passwords.hash("same-password-twice")).isNotEqualTo(passwords.hash("same-password-twice"));
    }
}
