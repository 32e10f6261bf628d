package org.qiaoyun.kernel.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The start refuses a module's ID key that does not open the numbers it sealed, naming the setting; a few federations
 * with numbers are enough witnesses, and federations with none say nothing.
 */
class SealedNumbersCheckTest {

    /** Each federation's verdict (opened or not; absent: no numbers sealed there), recording who was asked. */
    private static Function<String, Optional<Boolean>> answers(Map<String, Boolean> opened, List<String> asked) {
        return code -> {
            asked.add(code);
            return Optional.ofNullable(opened.get(code));
        };
    }

    @Test
    void aKeyThatDoesNotOpenAFederationsNumbersStopsTheStartNamingTheSetting() {
        assertThatThrownBy(() -> SealedNumbersCheck.check("aid", "QIAOYUN_AID_ID_KEY", List.of("a", "b", "c"),
                answers(Map.of("a", true, "b", false), new ArrayList<>())))
                .isInstanceOf(SealedNumbersCheck.WrongKeyException.class)
                .hasMessageContaining("QIAOYUN_AID_ID_KEY does not open the ID numbers the aid module sealed")
                .hasMessageContaining("QIAOYUN_AID_ID_KEY_PREVIOUS").hasMessageContaining("federation b");
    }

    @Test
    void federationsWithoutNumbersSayNothingAndAFewWitnessesAreEnough() {
        List<String> federations = IntStream.range(0, 500).mapToObj(i -> String.format("f%03d", i)).toList();
        List<String> askedOfNone = new ArrayList<>();
        assertThatCode(() -> SealedNumbersCheck.check("aid", "QIAOYUN_AID_ID_KEY", federations, answers(Map.of(), askedOfNone)))
                .doesNotThrowAnyException();
        assertThat(askedOfNone).as("at most a hundred asked when none has numbers").hasSize(SealedNumbersCheck.MOST);

        List<String> asked = new ArrayList<>();
        assertThatCode(() -> SealedNumbersCheck.check("aid", "QIAOYUN_AID_ID_KEY", federations,
                answers(Map.of("f001", true, "f002", true, "f003", true, "f004", false), asked))).doesNotThrowAnyException();
        assertThat(asked).as("three witnesses, then no more reads").containsExactly("f000", "f001", "f002", "f003");
    }
}
