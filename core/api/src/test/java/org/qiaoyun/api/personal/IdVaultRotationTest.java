package org.qiaoyun.api.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** While a key is rotated the previous key is still read and looked up under; only the new one writes. */
class IdVaultRotationTest {

    private static final String PURPOSE = "qiaoyun/aid/resident-id-hash";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    static byte[] key(int fill) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void numbersSealedUnderEitherKeyDecryptAndLookUpsAskForBothHashes() {
        IdVault before = new IdVault(key(1), PURPOSE);
        IdVault during = IdVault.rotating(key(2), key(1), PURPOSE);
        IdentityDocument permit = IdentityDocument.of(DocumentKind.HK_MACAO_PERMIT, "H12345678", null, TODAY);
        String old = before.encrypt(permit);
        String fresh = during.encrypt(permit);

        assertThat(during.rotating()).isTrue();
        assertThat(during.decrypt(old)).as("a row not yet rotated").isEqualTo("H12345678");
        assertThat(during.decrypt(fresh)).isEqualTo("H12345678");
        assertThat(during.sealedUnderCurrentKey(old)).isFalse();
        assertThat(during.sealedUnderCurrentKey(fresh)).isTrue();
        assertThatThrownBy(() -> before.decrypt(fresh)).as("the new key writes").hasMessageContaining("wrong key");
        assertThat(during.hashes(permit)).containsExactly(new IdVault(key(2), PURPOSE).hash(permit), before.hash(permit));
        assertThat(during.hash(permit)).as("a new row is hashed under the new key").isEqualTo(new IdVault(key(2), PURPOSE).hash(permit));
        assertThat(new IdVault(key(2), PURPOSE).hashes(permit)).as("no rotation: one hash").hasSize(1);

        assertThat(during.keyId()).as("names the new key").isEqualTo(new IdVault(key(2), PURPOSE).keyId()).hasSize(16)
                .isNotEqualTo(before.keyId());
        IdVault stranger = IdVault.rotating(key(3), key(4), PURPOSE);
        assertThatThrownBy(() -> stranger.decrypt(old)).as("neither key").hasMessageContaining("wrong key");
    }

    @Test
    void theSameKeyAsPreviousIsRefusedAndABlankPreviousIsNone() {
        assertThatThrownBy(() -> IdVault.rotating(key(5), key(5), PURPOSE)).hasMessageContaining("same as the new one");
        String base64 = Base64.getEncoder().encodeToString(key(6));
        assertThat(IdVault.fromBase64(base64, " ", PURPOSE).rotating()).isFalse();
        assertThat(IdVault.fromBase64(base64, Base64.getEncoder().encodeToString(key(7)), PURPOSE).rotating()).isTrue();
    }
}
