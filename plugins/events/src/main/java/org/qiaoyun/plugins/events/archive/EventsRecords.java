package org.qiaoyun.plugins.events.archive;

import java.util.List;

import org.qiaoyun.api.archive.ArchivedRecords;

/**
 * The events module's part in a federation's archive: its tables, parents first. It seals nothing of its own. The
 * count of public sign-ups per address stays behind: it lapses within the hour, and its pseudonyms are made under this
 * platform's key.
 */
public final class EventsRecords implements ArchivedRecords {

    @Override
    public List<String> tables() {
        return List.of("events_event", "events_registration", "events_subscriber", "events_edition", "events_article", "events_delivery");
    }

    @Override
    public List<String> leftOut() {
        return List.of("events_client_signup");
    }
}
