package org.qiaoyun.api.staffing;

import java.time.Instant;

/**
 * What another module needs volunteers for: its own activity (module id and its reference, which
 * together name the request), what and where it is, when, how many volunteers and which skills.
 */
public record StaffingNeed(String module, String reference, String title, String place, String district, Instant startsAt,
                           Instant endsAt, int volunteers, String skills) {
}
