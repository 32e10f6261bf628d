package org.qiaoyun.plugins.events.event;

/** Where an event stands: planned (not shown to the public), published (open to sign-ups in its window), cancelled. */
public enum Status {
    DRAFT, PUBLISHED, CANCELLED
}
