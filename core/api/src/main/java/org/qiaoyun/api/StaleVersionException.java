package org.qiaoyun.api;

/**
 * The one refusal of a change made to a version someone else has changed since (every record a person
 * edits names the version they saw): 409 with the field {@code version} and the code
 * {@code platform.stale} in REST, "别人刚刚修改了这条记录，请刷新后再试" on screens. The kernel answers a
 * conflict found by the database at commit (JPA's {@code OptimisticLockException}) in the same shape.
 */
public class StaleVersionException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public StaleVersionException() {
        super("version", Text.of("platform.stale"));
    }

    /** Refuses unless the version the person saw ({@code seen}, when they named one) is the record's {@code current}. */
    public static void unlessCurrent(Long seen, long current) {
        if (seen != null && seen != current) {
            throw new StaleVersionException();
        }
    }
}
