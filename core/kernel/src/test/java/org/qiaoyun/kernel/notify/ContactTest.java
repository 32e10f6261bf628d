package org.qiaoyun.kernel.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.InvalidInputException;

/** The rules of contact details: what passes as it should be kept, and each refusal naming its field. */
class ContactTest {

    @Test
    void anEmailAddressIsKeptWithItsDomainInLowerCase() {
        assertThat(Contact.email("email", "  Wang.Fang@QiaoLian.GD.cn ")).isEqualTo("Wang.Fang@qiaolian.gd.cn");
        assertThat(Contact.email("email", " ")).isNull();
        for (String wrong : new String[] {"wangfang", "wang@", "@qiaolian.cn", "wang fang@qiaolian.cn", "wang@qiaolian", "a@b@c.cn"}) {
            InvalidInputException refused = catchThrowableOfType(() -> Contact.email("email", wrong), InvalidInputException.class);
            assertThat(refused).as(wrong).isNotNull();
            assertThat(refused.field()).isEqualTo("email");
            assertThat(refused.text().code()).isEqualTo("kernel.contact.email-format");
        }
    }

    @Test
    void aMobileIsAMainlandNumberOrAnInternationalOne() {
        assertThat(Contact.mobile("mobile", "138 0013 8000")).isEqualTo("13800138000");
        assertThat(Contact.mobile("mobile", "+86 138-0013-8000")).isEqualTo("13800138000");
        assertThat(Contact.mobile("mobile", "+6591234567")).as("Singapore").isEqualTo("+6591234567");
        assertThat(Contact.mobile("mobile", null)).isNull();
        for (String wrong : new String[] {"12800138000", "1380013800", "0750-5521234", "+0123456789", "phone"}) {
            InvalidInputException refused = catchThrowableOfType(() -> Contact.mobile("mobile", wrong), InvalidInputException.class);
            assertThat(refused).as(wrong).isNotNull();
            assertThat(refused.field()).isEqualTo("mobile");
        }
    }

    @Test
    void theLanguageIsChineseUnlessEnglishIsAsked() {
        assertThat(Contact.language("language", null)).isEqualTo("zh");
        assertThat(Contact.language("language", "EN")).isEqualTo("en");
        assertThat(catchThrowableOfType(() -> Contact.language("language", "fr"), InvalidInputException.class).field())
                .isEqualTo("language");
    }
}
