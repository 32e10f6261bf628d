package org.qiaoyun.api.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.personal.ResidentId;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.api.InvalidInputException;

class ResidentIdTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    /** A number with the right check character for the given first seventeen digits. */
    static String valid(String seventeen) {
        return seventeen + ResidentId.checkCharacter(seventeen);
    }

    @Test
    void theStandardsOwnExampleWithTheXCheckCharacter() {
        ResidentId id = ResidentId.of("11010519491231002X", TODAY);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.isMale()).isFalse();
        assertThat(ResidentId.of("11010519491231002x", TODAY)).as("lowercase x").isEqualTo(id);
    }

    @Test
    void checkCharacterIsVerified() {
        String good = valid("44078119800102123");
        assertThat(ResidentId.of(good, TODAY).value()).isEqualTo(good);
        char wrong = good.charAt(17) == '0' ? '1' : '0';
        assertThatThrownBy(() -> ResidentId.of(good.substring(0, 17) + wrong, TODAY))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("check character")
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("residentId"));
    }

    @Test
    void birthDateMustExistAndNotBeInTheFuture() {
        assertThatThrownBy(() -> ResidentId.of(valid("44078119800231123"), TODAY)).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> ResidentId.of(valid("44078120300101123"), TODAY)).hasMessageContaining("impossible");
        assertThatThrownBy(() -> ResidentId.of(valid("44078118991231123"), TODAY)).hasMessageContaining("impossible");
    }

    @Test
    void shapeIsSeventeenDigitsAndACheckCharacter() {
        assertThatThrownBy(() -> ResidentId.of("4407811980010212", TODAY)).hasMessageContaining("17 digits");
        assertThatThrownBy(() -> ResidentId.of("44078119800102123Y", TODAY)).hasMessageContaining("17 digits");
        assertThatThrownBy(() -> ResidentId.of(null, TODAY)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void maskedShowsRegionAndLastFourOnly() {
        ResidentId id = ResidentId.of(valid("44010119800102123"), TODAY);
        assertThat(id.masked()).startsWith("4401**********").hasSize(18).endsWith(id.value().substring(14));
        assertThat(id.toString()).isEqualTo(id.masked());
        assertThat(id.isMale()).isTrue();
    }

    @Test
    void vaultEncryptsWithAFreshNonceAndFindsByKeyedHash() {
        IdVault vault = new IdVault(new byte[32], "qiaoyun/aid/resident-id-hash");
        ResidentId id = ResidentId.of(valid("44010119800102123"), TODAY);
        String once = vault.encrypt(id);
        String twice = vault.encrypt(id);
        assertThat(once).isNotEqualTo(twice).doesNotContain(id.value());
        assertThat(vault.decrypt(once)).isEqualTo(id.value());
        assertThat(vault.hash(id)).isEqualTo(vault.hash(ResidentId.of(id.value(), TODAY))).hasSize(64);
        byte[] other = new byte[32];
        other[0] = 1;
        assertThat(new IdVault(other, "qiaoyun/aid/resident-id-hash").hash(id)).isNotEqualTo(vault.hash(id));
        assertThatThrownBy(() -> new IdVault(other, "qiaoyun/aid/resident-id-hash").decrypt(once)).hasMessageContaining("wrong key");
    }
}
