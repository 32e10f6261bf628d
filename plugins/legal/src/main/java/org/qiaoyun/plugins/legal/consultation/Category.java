package org.qiaoyun.plugins.legal.consultation;

/**
 * What a consultation is about: overseas Chinese houses (侨房), inheritance by heirs abroad, land requisition
 * and demolition compensation, remittances and investments, household registration, entry and exit, marriage
 * and family, labour, documents from abroad, other. Advisers name the categories they know best.
 */
public enum Category {
    OVERSEAS_HOUSE, INHERITANCE, LAND_REQUISITION, REMITTANCE_INVESTMENT, HOUSEHOLD_REGISTRATION, ENTRY_EXIT,
    MARRIAGE_FAMILY, LABOUR, FOREIGN_DOCUMENTS, OTHER
}
