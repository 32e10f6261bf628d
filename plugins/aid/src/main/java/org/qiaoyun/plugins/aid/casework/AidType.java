package org.qiaoyun.plugins.aid.casework;

/** The kinds of aid a case asks for. */
public enum AidType {
    /** 就业帮扶 */
    EMPLOYMENT_SUPPORT,
    /** 生活补助 */
    LIVING_SUBSIDY,
    /** 医疗救助 */
    MEDICAL_AID,
    /** 节日走访慰问（送温暖、献爱心） */
    HOLIDAY_VISIT,
    /** 助学 */
    EDUCATION_AID,
    /** 侨爱心工程 */
    CHARITY_PROGRAMME
}
