package org.qiaoyun.plugins.aid.campaign;

import org.qiaoyun.plugins.aid.casework.AidType;

/**
 * What a campaign is: its kind decides its eligibility rule (a school grant once per person per school year) and the
 * kind of aid its goods count as in the month's figures (aid in kind by aid type).
 */
public enum CampaignKind {
    /** 送温暖: visits to households in hardship before the Spring Festival. */
    WINTER_WARMTH(AidType.HOLIDAY_VISIT),
    /** 金秋助学: school grants each autumn, one per person per school year. */
    SCHOOL_AID(AidType.EDUCATION_AID),
    /** Any other campaign (节日慰问, 侨爱心 ...): its goods count as 侨爱心工程. */
    OTHER(AidType.CHARITY_PROGRAMME);

    private final AidType aidType;

    CampaignKind(AidType aidType) {
        this.aidType = aidType;
    }

    /** The kind of aid the campaign's handouts are, in the figures. */
    public AidType aidType() {
        return aidType;
    }
}
