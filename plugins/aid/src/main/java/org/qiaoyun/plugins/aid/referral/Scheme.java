package org.qiaoyun.plugins.aid.referral;

/** The government assistance schemes (社会救助) a federation refers people to, beside its own aid. */
public enum Scheme {
    /** 最低生活保障（低保） */
    DIBAO,
    /** 特困人员救助供养（特困） */
    TEKUN,
    /** 临时救助 */
    TEMPORARY_ASSISTANCE,
    /** 医疗救助 */
    MEDICAL_ASSISTANCE,
    /** 教育救助 */
    EDUCATION_ASSISTANCE,
    /** 其他（named in the referral） */
    OTHER
}
