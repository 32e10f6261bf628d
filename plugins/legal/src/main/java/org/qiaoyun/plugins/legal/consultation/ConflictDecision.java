package org.qiaoyun.plugins.legal.consultation;

/**
 * The head's decision on the conflict check: clear (no other matter names these people, or those that do
 * raise no conflict), or a conflict (then the advisers of the conflicting matters are not assigned this one).
 */
public enum ConflictDecision {
    CLEAR, CONFLICT
}
