package org.qiaoyun.plugins.legal.consultation;

/**
 * Who reads a consultation: the head of its centre, and its assigned adviser (through their account) while it
 * is not sealed. Nobody else of the federation, whatever their role, finds it in a list or a search, and
 * opening it by its id answers as if it did not exist; parent federations see only the figures. The rule is
 * said twice, once for one matter and once as the condition of every query, and tested as both.
 */
public final class Confidentiality {

    /** The condition every query of consultations carries, with the parameter {@code :me} (the caller). */
    static final String READABLE = "(c.centreId in (select s.id from Station s where s.head = :me)"
            + " or (c.sealed = false and c.adviserId in (select a.id from Adviser a where a.username = :me)))";

    private Confidentiality() {
    }

    /**
     * Whether {@code caller} reads a matter whose centre is headed by {@code head}, whose adviser's account is
     * {@code adviserAccount} (null: none, or an external lawyer) and which is {@code sealed} or not.
     */
    public static boolean mayRead(String caller, String head, String adviserAccount, boolean sealed) {
        if (caller == null) {
            return false;
        }
        if (caller.equals(head)) {
            return true;
        }
        return !sealed && caller.equals(adviserAccount);
    }
}
