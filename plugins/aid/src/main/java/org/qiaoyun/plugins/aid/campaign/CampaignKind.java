package org.qiaoyun.plugins.aid.campaign;

/** What a campaign is: its kind decides its eligibility rule (a school grant once per person per school year). */
public enum CampaignKind {
    /** 送温暖: visits to households in hardship before the Spring Festival. */
    WINTER_WARMTH,
    /** 金秋助学: school grants each autumn, one per person per school year. */
    SCHOOL_AID,
    /** Any other campaign (节日慰问, 侨爱心 ...). */
    OTHER
}
