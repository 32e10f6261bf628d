package org.qiaoyun.kernel.registry;

/**
 * The five haves (五有) a Home of Overseas Chinese is judged on: an organisation, a team, funding, a venue and
 * activities (有组织、有队伍、有经费、有阵地、有活动).
 */
public enum Have {
    ORGANISATION, TEAM, FUNDING, VENUE, ACTIVITIES;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
