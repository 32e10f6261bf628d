package org.qiaoyun.plugins.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Money;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.personal.ResidentId;
import org.qiaoyun.testing.TextBundles;

/** The aid module speaks Chinese and English alike: every code it raises has both texts. */
class AidTextsTest {

    private static final ClassLoader LOADER = AidTextsTest.class.getClassLoader();

    @Test
    void everyCodeOfTheModuleAndOfThePlatformContractHasBothTexts() {
        TextBundles.assertComplete("aid", Path.of("src/main/java"), LOADER);
        TextBundles.assertComplete("platform", Path.of("../../core/api/src/main/java"), LOADER);
    }

    @Test
    void aRefusalReadsInChineseOrEnglishAndItsMessageIsTheEnglish() {
        String valid = ResidentIds.valid("44078119500115100");
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        InvalidInputException badId = catchThrowableOfType(() -> ResidentId.of(wrongCheck, LocalDate.of(2026, 11, 25)),
                InvalidInputException.class);
        assertThat(badId.text().in(Text.CHINESE, LOADER)).isEqualTo("这个身份证号码的校验码不对");
        assertThat(badId.getMessage()).isEqualTo("the check character of this resident ID number is wrong");
        InvalidInputException decimals = catchThrowableOfType(() -> Money.yuan("amount", "1.234", true), InvalidInputException.class);
        assertThat(Text.describe(decimals, Text.CHINESE, LOADER)).isEqualTo("金额最多两位小数（到分）");
        assertThat(decimals.getMessage()).isEqualTo("amount has at most two decimals (fen)");
    }
}
