package org.qiaoyun.api.personal;

/**
 * The kinds of identity document a person the federations serve may hold. Many are overseas Chinese,
 * compatriots from Hong Kong, Macao and Taiwan, or foreigners of Chinese descent, who hold no resident
 * identity card. Each kind's number is checked by {@link IdentityDocument} as its issuer defines it.
 */
public enum DocumentKind {

    /** 居民身份证: GB 11643, 18 characters with a MOD 11-2 check character. */
    RESIDENT_ID,
    /** 中华人民共和国护照: a letter (E, G, D, S, P), a letter or digit, seven digits; no check character. */
    CHINESE_PASSPORT,
    /** A passport of another state: up to 20 letters and digits, with the issuing state (ISO 3166-1 alpha-3). */
    FOREIGN_PASSPORT,
    /** 港澳居民来往内地通行证: H or M and eight digits (the holder's lifetime number); older cards add two digits of renewals. */
    HK_MACAO_PERMIT,
    /** 台湾居民来往大陆通行证: eight digits (lifetime number); older ones add two digits of issues and an office code. */
    TAIWAN_PERMIT,
    /** 港澳台居民居住证: 18 characters under GB 11643, region 810000, 820000 or 830000. */
    HMT_RESIDENCE_PERMIT,
    /** 外国人永久居留身份证: the 2023 card's 18 characters (9, province, nationality, birth date, sequence, check) or the older 15. */
    FOREIGNER_PERMANENT_RESIDENCE;

    /** The message code of the kind's name, in the platform's texts. */
    public String textCode() {
        return "platform.document." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
