package org.qiaoyun.kernel.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.InvalidInputException;

/** The unified social credit code as GB 32100-2015 and GB 11714 check it, and each refusal saying what is wrong. */
class UsccTest {

    @Test
    void codesOfRealOrganisationsPass() {
        assertThat(new Uscc("91350100M000100Y43").value()).isEqualTo("91350100M000100Y43");
        assertThat(new Uscc("91110000600037341L").divisionCode()).isEqualTo("110000");
        assertThat(new Uscc(" 91440300708461136t ").value()).as("read as written on a licence, case and spaces aside")
                .isEqualTo("91440300708461136T");
    }

    @Test
    void theOrganisationCodeCheckIsTheOneOfGb11714() {
        assertThat(OrganisationCode.checkCharacter("D2143569")).as("the standard's example").isEqualTo('X');
        assertThat(OrganisationCode.checkCharacter("M000100Y")).isEqualTo('4');
        assertThat(OrganisationCode.checkCharacter("60003734")).isEqualTo('1');
        assertThat(OrganisationCode.checkCharacter("00000000")).as("11 is written 0").isEqualTo('0');
    }

    @Test
    void theWholeCodesCheckWeighsByPowersOfThree() {
        assertThat(Uscc.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(Uscc.checkCharacter("91110000600037341")).isEqualTo('L');
        // the check of a code whose sum is a multiple of 31 is 0, not the 31 the formula gives
        String first17 = withCheckZero();
        assertThat(Uscc.checkCharacter(first17)).isEqualTo('0');
    }

    @Test
    void eachMistakeIsNamed() {
        assertThat(refusal("91350100M000100Y4")).isEqualTo("kernel.registry.uscc-length");
        assertThat(refusal("91350100M000100Y433")).isEqualTo("kernel.registry.uscc-length");
        assertThat(refusal("91350100M000100Y44")).isEqualTo("kernel.registry.uscc-check");
        assertThat(refusal("9135010OM000100Y43")).as("the letter O is not in the alphabet").isEqualTo("kernel.registry.uscc-character");
        for (char outside : "IOSVZ".toCharArray()) {
            assertThat(refusal("91350100M000100" + outside + "43")).isEqualTo("kernel.registry.uscc-character");
        }
        assertThat(refusal("913501A0M000100Y43")).isEqualTo("kernel.registry.uscc-division");
        // a wrong organisation-code check character, with the whole code's check made right for it
        String wrongPart = "91350100M000100Y5";
        assertThat(refusal(wrongPart + Uscc.checkCharacter(wrongPart))).isEqualTo("kernel.registry.uscc-organisation-code");
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> new Uscc("1234"));
        assertThat(refused.field()).isEqualTo("uscc");
    }

    private static String refusal(String code) {
        return catchThrowableOfType(InvalidInputException.class, () -> new Uscc(code)).text().code();
    }

    /** A 17-character start whose weighted sum is a multiple of 31. */
    private static String withCheckZero() {
        for (char c : Uscc.ALPHABET.toCharArray()) {
            String candidate = "9144078100000000" + c;
            int sum = 0;
            int weight = 1;
            for (int i = 0; i < 17; i++) {
                sum += Uscc.ALPHABET.indexOf(candidate.charAt(i)) * weight;
                weight = weight * 3 % 31;
            }
            if (sum % 31 == 0) {
                return candidate;
            }
        }
        throw new AssertionError("no start with a sum divisible by 31");
    }
}
