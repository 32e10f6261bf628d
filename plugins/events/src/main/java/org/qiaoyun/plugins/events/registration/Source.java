package org.qiaoyun.plugins.events.registration;

/** How a person came to be on the list: the public page, a staff member, or at the door. */
public enum Source {
    PUBLIC, STAFF, WALK_IN
}
