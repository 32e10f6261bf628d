package org.qiaoyun.api.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;

/** The documents of the people served, each checked as its issuer defines it, masked, hashed apart by kind. */
class IdentityDocumentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final ClassLoader LOADER = IdentityDocumentTest.class.getClassLoader();

    /** Seventeen digits and the GB 11643 check character they call for. */
    static String checked(String seventeen) {
        return seventeen + ResidentId.checkCharacter(seventeen);
    }

    static IdentityDocument doc(DocumentKind kind, String number) {
        return IdentityDocument.of(kind, number, null, TODAY);
    }

    /** The refusal, with the field it names and its Chinese text. */
    static InvalidInputException refused(DocumentKind kind, String number, String country) {
        return catchThrowableOfType(InvalidInputException.class, () -> IdentityDocument.of(kind, number, country, TODAY));
    }

    static String chinese(InvalidInputException e) {
        return e.text().in(Text.CHINESE, IdentityDocumentTest.class.getClassLoader());
    }

    @Test
    void aResidencePermitOfAHongKongResidentCarriesTheBirthDateSexAndTheCheck() {
        String number = checked("81000019900101123");
        IdentityDocument permit = doc(DocumentKind.HMT_RESIDENCE_PERMIT, number);
        assertThat(permit.birthDate()).contains(LocalDate.of(1990, 1, 1));
        assertThat(permit.male()).contains(true);
        assertThat(permit.masked()).isEqualTo("8100**********" + number.substring(14));
        char wrong = number.charAt(17) == '0' ? '1' : '0';
        InvalidInputException e = refused(DocumentKind.HMT_RESIDENCE_PERMIT, number.substring(0, 17) + wrong, null);
        assertThat(e.field()).isEqualTo("documentNumber");
        assertThat(chinese(e)).isEqualTo("这个港澳台居民居住证号码的校验码不对");
        assertThat(doc(DocumentKind.HMT_RESIDENCE_PERMIT, checked("83000019751231002")).male()).as("Taiwan, a woman").contains(false);
        assertThat(chinese(refused(DocumentKind.HMT_RESIDENCE_PERMIT, checked("44078119900101123"), null)))
                .as("a mainland region is a resident ID, not a residence permit").contains("810000");
        assertThat(chinese(refused(DocumentKind.HMT_RESIDENCE_PERMIT, checked("82000019900231123"), null))).contains("不存在");
    }

    @Test
    void theForeignersPermanentResidenceCardOf2023StartsWithNineAndIsCheckedLikeAResidentId() {
        // 9, Beijing (11), the United States (840), born 15 March 1985, sequence 123, check
        String number = checked("91184019850315123");
        IdentityDocument card = doc(DocumentKind.FOREIGNER_PERMANENT_RESIDENCE, number);
        assertThat(card.birthDate()).contains(LocalDate.of(1985, 3, 15));
        assertThat(card.male()).as("the sex is not read from this card's sequence").isEmpty();
        assertThat(card.masked()).isEqualTo("9118**********" + number.substring(14));
        char wrong = number.charAt(17) == 'X' ? '0' : 'X';
        assertThat(chinese(refused(DocumentKind.FOREIGNER_PERMANENT_RESIDENCE, number.substring(0, 17) + wrong, null)))
                .isEqualTo("这个外国人永久居留身份证号码的校验码不对");
        assertThat(chinese(refused(DocumentKind.FOREIGNER_PERMANENT_RESIDENCE, checked("99984019850315123"), null)))
                .as("no province 99").contains("省份");
        assertThat(chinese(refused(DocumentKind.FOREIGNER_PERMANENT_RESIDENCE, checked("81184019850315123"), null)))
                .as("a card starting otherwise than 9 is not this card").contains("首位 9");
    }

    @Test
    void theOlderPermanentResidenceCardIsCheckedForItsShapeCountryProvinceAndDate() {
        IdentityDocument card = doc(DocumentKind.FOREIGNER_PERMANENT_RESIDENCE, "usa118503151234");
        assertThat(card.number()).isEqualTo("USA118503151234");
        assertThat(card.birthDate()).as("YYMMDD: the century is not certain").isEmpty();
        assertThat(card.masked()).isEqualTo("USA********1234");
        assertThat(chinese(refused(DocumentKind.FOREIGNER_PERMANENT_RESIDENCE, "XXQ118503151234", null))).contains("XXQ");
        assertThat(chinese(refused(DocumentKind.FOREIGNER_PERMANENT_RESIDENCE, "USA118513151234", null))).contains("出生日期不存在");
        assertThat(doc(DocumentKind.FOREIGNER_PERMANENT_RESIDENCE, "CAN310002291234").number()).as("29 Feb 2000").startsWith("CAN");
        assertThat(chinese(refused(DocumentKind.FOREIGNER_PERMANENT_RESIDENCE, "USA11850315123", null))).contains("15 位");
    }

    @Test
    void aHongKongOrMacaoPermitIsOneHolderWhateverItsIssue() {
        IdentityDocument card = doc(DocumentKind.HK_MACAO_PERMIT, "H12345678");
        IdentityDocument older = doc(DocumentKind.HK_MACAO_PERMIT, "h 1234 5678 01");
        assertThat(older.number()).isEqualTo("H1234567801");
        assertThat(older.holder()).isEqualTo(card.holder()).isEqualTo("H12345678");
        assertThat(card.masked()).isEqualTo("H*****678");
        assertThat(doc(DocumentKind.HK_MACAO_PERMIT, "M87654321").holder()).isEqualTo("M87654321");
        for (String bad : new String[] {"K12345678", "H1234567", "H123456780", "12345678"}) {
            InvalidInputException e = refused(DocumentKind.HK_MACAO_PERMIT, bad, null);
            assertThat(e.field()).as(bad).isEqualTo("documentNumber");
            assertThat(chinese(e)).as(bad).contains("H 或 M 加 8 位数字");
        }
    }

    @Test
    void aTaiwanPermitIsOneHolderAcrossTheOldTenCharacterFormsAndTheEightDigitCard() {
        IdentityDocument card = doc(DocumentKind.TAIWAN_PERMIT, "05616820");
        assertThat(doc(DocumentKind.TAIWAN_PERMIT, "0561682001").holder()).isEqualTo(card.holder());
        IdentityDocument office = doc(DocumentKind.TAIWAN_PERMIT, "0561682001（d）");
        assertThat(office.number()).isEqualTo("0561682001(D)");
        assertThat(office.holder()).isEqualTo("05616820");
        assertThat(office.masked()).isEqualTo("*******001(D)");
        assertThat(card.masked()).isEqualTo("*****820");
        for (String bad : new String[] {"0561682", "056168200", "A5616820", "0561682001(DD)"}) {
            assertThat(chinese(refused(DocumentKind.TAIWAN_PERMIT, bad, null))).as(bad).contains("8 位数字");
        }
    }

    @Test
    void aChinesePassportHasNineCharactersOfItsSeries() {
        for (String good : new String[] {"E12345678", "EA1234567", "G12345678", "DE1234567", "P1234567"}) {
            assertThat(doc(DocumentKind.CHINESE_PASSPORT, good).number()).isEqualTo(good);
        }
        assertThat(doc(DocumentKind.CHINESE_PASSPORT, "E12345678").masked()).isEqualTo("E*****678");
        for (String bad : new String[] {"X12345678", "E1234567", "E123456789", "EA12345678", ""}) {
            assertThat(chinese(refused(DocumentKind.CHINESE_PASSPORT, bad, null))).as(bad).startsWith("中国护照号码为 9 位");
        }
    }

    @Test
    void aForeignPassportNamesItsIssuingCountry() {
        IdentityDocument passport = IdentityDocument.of(DocumentKind.FOREIGN_PASSPORT, "a1234567", "usa", TODAY);
        assertThat(passport.country()).contains("USA");
        assertThat(passport.masked()).isEqualTo("A****567");
        InvalidInputException none = refused(DocumentKind.FOREIGN_PASSPORT, "A1234567", " ");
        assertThat(none.field()).isEqualTo("issuingCountry");
        assertThat(chinese(none)).contains("签发国家");
        assertThat(chinese(refused(DocumentKind.FOREIGN_PASSPORT, "A1234567", "ZZZ"))).contains("ZZZ");
        assertThat(chinese(refused(DocumentKind.FOREIGN_PASSPORT, "E12345678", "CHN"))).contains("中国护照");
        assertThat(chinese(refused(DocumentKind.FOREIGN_PASSPORT, "A12-4567", "MYS"))).contains("5 至 20 位");
        assertThat(chinese(refused(null, "A1234567", "MYS"))).isEqualTo("请选择证件类型");
    }

    @Test
    void aResidentIdAsADocumentIsTheResidentIdWithItsOwnField() {
        String number = checked("44078119800102123");
        IdentityDocument id = doc(DocumentKind.RESIDENT_ID, number);
        assertThat(id).isEqualTo(IdentityDocument.of(ResidentId.of(number, TODAY)));
        assertThat(id.masked()).isEqualTo(ResidentId.of(number, TODAY).masked());
        assertThat(id.birthDate()).contains(LocalDate.of(1980, 1, 2));
        assertThat(refused(DocumentKind.RESIDENT_ID, number.substring(0, 17) + (number.endsWith("0") ? "1" : "0"), null).field())
                .isEqualTo("residentId");
    }

    /** A resident ID's hash is what it always was (rows hashed before other kinds existed are still found). */
    @Test
    void aResidentIdHashesAsBeforeAndOtherKindsNeverMeetIt() throws Exception {
        byte[] key = new byte[32];
        key[0] = 7;
        IdVault vault = new IdVault(key, "qiaoyun/aid/resident-id-hash");
        String number = checked("44078119800102123");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        byte[] derived = mac.doFinal("qiaoyun/aid/resident-id-hash".getBytes(StandardCharsets.UTF_8));
        mac.init(new SecretKeySpec(derived, "HmacSHA256"));
        String before = HexFormat.of().formatHex(mac.doFinal(number.getBytes(StandardCharsets.UTF_8)));
        assertThat(vault.hash(ResidentId.of(number, TODAY))).isEqualTo(before);
        assertThat(vault.hash(doc(DocumentKind.RESIDENT_ID, number))).isEqualTo(before);

        // the same eight digits as a Taiwan permit and as a foreign passport of two states: three holders
        String taiwan = vault.hash(doc(DocumentKind.TAIWAN_PERMIT, "12345678"));
        String passport = vault.hash(IdentityDocument.of(DocumentKind.FOREIGN_PASSPORT, "12345678", "MYS", TODAY));
        String otherState = vault.hash(IdentityDocument.of(DocumentKind.FOREIGN_PASSPORT, "12345678", "SGP", TODAY));
        assertThat(java.util.Set.of(taiwan, passport, otherState)).hasSize(3);
        assertThat(vault.hash(doc(DocumentKind.TAIWAN_PERMIT, "1234567802"))).as("an older issue, the same holder").isEqualTo(taiwan);

        IdentityDocument card = doc(DocumentKind.HK_MACAO_PERMIT, "H1234567801");
        String sealed = vault.encrypt(card);
        assertThat(sealed).doesNotContain("1234567");
        assertThat(vault.decrypt(sealed)).as("the number as written, renewals included").isEqualTo("H1234567801");
    }

    @Test
    void everyDocumentTextIsThereInChineseAndEnglish() {
        for (DocumentKind kind : DocumentKind.values()) {
            assertThat(Text.of(kind.textCode()).in(Text.CHINESE, LOADER)).as(kind.name()).doesNotContain("platform.");
            assertThat(Text.of(kind.textCode()).in(Locale.ENGLISH, LOADER)).as(kind.name()).doesNotContain("platform.");
        }
        assertThat(Text.of(DocumentKind.FOREIGNER_PERMANENT_RESIDENCE.textCode()).in(Locale.ENGLISH, LOADER)).isEqualTo("Foreigner's permanent residence ID card");
    }
}
