package org.qiaoyun.api.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.personal.DocumentKind;
import org.qiaoyun.api.personal.IdentityDocument;
import org.qiaoyun.api.personal.ResidentId;

/** Whom a request is about, read as the modules keep people: a document of any kind the number fits, a phone by its digits. */
class PersonTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void aResidentIdNumberIsReadAsTheResidentIdItIs() {
        String number = "44078119500115" + "100";
        number = number + ResidentId.checkCharacter(number + "0");
        assertThat(new PersonalData.Person(number, null, null).documents(TODAY)).extracting(IdentityDocument::kind)
                .containsExactly(DocumentKind.RESIDENT_ID);
    }

    @Test
    void aTravelPermitNumberIsReadAsTheTravelPermitAndNothingElse() {
        assertThat(new PersonalData.Person("h 1234 5678", null, null).documents(TODAY)).extracting(IdentityDocument::kind)
                .containsExactly(DocumentKind.HK_MACAO_PERMIT);
        assertThat(new PersonalData.Person("E12345678", null, null).documents(TODAY)).extracting(IdentityDocument::kind)
                .containsExactly(DocumentKind.CHINESE_PASSPORT);
        assertThat(new PersonalData.Person(null, "13902240001", null).documents(TODAY)).isEmpty();
        assertThat(new PersonalData.Person("not a number", null, null).documents(TODAY)).isEmpty();
    }

    @Test
    void aPhoneIsTheSameHoweverEitherIsWritten() {
        PersonalData.Person person = new PersonalData.Person(null, "+86 139-0224-0001", null);
        assertThat(person.hasPhone("13902240001")).isTrue();
        assertThat(person.hasPhone("139 0224 0001")).isTrue();
        assertThat(person.hasPhone("0086 13902240001")).isTrue();
        assertThat(person.hasPhone("13902240002")).isFalse();
        assertThat(person.hasPhone(null)).isFalse();
        assertThat(new PersonalData.Person(null, "12", null).hasPhone("12")).as("too few digits to name anyone").isFalse();
    }
}
