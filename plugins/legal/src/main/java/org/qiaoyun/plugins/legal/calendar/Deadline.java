package org.qiaoyun.plugins.legal.calendar;

import java.time.LocalDate;

/**
 * A day by which something must be done, counted in working days. It is provisional when the count went
 * through a year whose holiday notice nobody has entered: then it was counted on weekends alone, and is
 * counted again once the notice is entered.
 */
public record Deadline(LocalDate day, boolean provisional) {
}
