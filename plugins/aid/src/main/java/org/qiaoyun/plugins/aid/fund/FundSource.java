package org.qiaoyun.plugins.aid.fund;

/** Where a fund's money comes from; every payment is traceable to one of these. */
public enum FundSource {
    /** 同级财政预算 */
    FISCAL_BUDGET,
    /** 侨捐 */
    OVERSEAS_DONATION,
    /** 公益基金会 */
    FOUNDATION,
    OTHER
}
