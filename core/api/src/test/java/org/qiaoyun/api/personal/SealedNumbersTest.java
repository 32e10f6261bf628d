package org.qiaoyun.api.personal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The verdict on a module's sealed numbers: opened by the key given (or the previous one of a rotation), or not. */
class SealedNumbersTest {

    private static final String PURPOSE = "qiaoyun/test/id-hash";

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void numbersOpenUnderTheirKeyOrARotationFromItAndUnderNoOther() {
        IdentityDocument permit = IdentityDocument.of(DocumentKind.HK_MACAO_PERMIT, "H12345678", null, LocalDate.of(2026, 12, 1));
        List<String> sealed = List.of(new IdVault(key(1), PURPOSE).encrypt(permit));

        assertThat(SealedNumbers.verdict(new IdVault(key(1), PURPOSE), sealed)).contains(true);
        assertThat(SealedNumbers.verdict(IdVault.rotating(key(2), key(1), PURPOSE), sealed)).as("a rotation from it").contains(true);
        assertThat(SealedNumbers.verdict(new IdVault(key(2), PURPOSE), sealed)).as("the new key alone").contains(false);
        assertThat(SealedNumbers.verdict(new IdVault(key(2), PURPOSE), List.of("not a seal"))).contains(false);
        assertThat(SealedNumbers.verdict(new IdVault(key(2), PURPOSE), List.of())).as("nothing sealed").isEmpty();
        assertThat(SealedNumbers.verdict(null, sealed)).as("no key: no numbers kept").isEmpty();
    }
}
