package org.qiaoyun.plugins.events.event;

/** Whom an event is for. */
public enum Audience {
    EVERYONE, LOCAL_MEMBERS, OVERSEAS_GUESTS, YOUNG_PEOPLE
}
