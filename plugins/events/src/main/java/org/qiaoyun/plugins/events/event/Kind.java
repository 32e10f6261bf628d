package org.qiaoyun.plugins.events.event;

/** What kind of event: the festivals, tours, camps, lectures and receptions grassroots federations hold. */
public enum Kind {
    /** 春节、中秋、重阳联谊 */
    FESTIVAL,
    /** 寻根之旅 */
    ROOT_SEEKING,
    /** 夏令营 */
    SUMMER_CAMP,
    /** 侨乡文化讲座 */
    LECTURE,
    /** 展览（碉楼、侨批） */
    EXHIBITION,
    /** 接待海外侨团 */
    RECEPTION,
    OTHER
}
