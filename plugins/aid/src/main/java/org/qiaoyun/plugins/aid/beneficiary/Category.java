package org.qiaoyun.plugins.aid.beneficiary;

/** Who the person is to the federation. */
public enum Category {
    /** 归侨 */
    RETURNEE,
    /** 侨眷 */
    RELATIVE,
    /** 留学归国人员 */
    RETURNED_STUDENT,
    OTHER
}
