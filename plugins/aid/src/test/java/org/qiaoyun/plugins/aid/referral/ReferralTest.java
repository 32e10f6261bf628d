package org.qiaoyun.plugins.aid.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;

/** A referral to a government scheme: every part checked at its field, its outcome recorded once. */
class ReferralTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");

    private static String fieldOf(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException refused) {
            return refused.field();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aReferralNamesItsSchemeDayAndBodyEachAtItsField() {
        assertThat(fieldOf(() -> Referral.refer("c", null, null, TODAY, "民政办", "w", AT, TODAY))).isEqualTo("scheme");
        assertThat(fieldOf(() -> Referral.refer("c", Scheme.OTHER, " ", TODAY, "民政办", "w", AT, TODAY))).isEqualTo("schemeOther");
        assertThat(fieldOf(() -> Referral.refer("c", Scheme.DIBAO, null, TODAY.plusDays(1), "民政办", "w", AT, TODAY))).isEqualTo("referredOn");
        assertThat(fieldOf(() -> Referral.refer("c", Scheme.DIBAO, null, TODAY, " ", "w", AT, TODAY))).isEqualTo("body");
        assertThat(fieldOf(() -> Referral.refer("c", Scheme.DIBAO, null, TODAY, "办".repeat(201), "w", AT, TODAY))).isEqualTo("body");
        Referral other = Referral.refer("c", Scheme.OTHER, "残疾人两项补贴", TODAY, "台城街道残联", "w", AT, TODAY);
        assertThat(other.schemeOther()).isEqualTo("残疾人两项补贴");
        assertThat(Referral.refer("c", Scheme.DIBAO, "ignored", TODAY, "民政办", "w", AT, TODAY).schemeOther())
                .as("a listed scheme needs no name").isNull();
    }

    @Test
    void anOutcomeIsRecordedOnceOnADayFromTheReferralToToday() {
        Referral r = Referral.refer("c", Scheme.TEMPORARY_ASSISTANCE, null, TODAY.minusDays(10), "台城街道民政办", "w", AT, TODAY);
        assertThat(r.outcome()).isEqualTo(Referral.Outcome.PENDING);
        assertThat(fieldOf(() -> r.decided(Referral.Outcome.PENDING, TODAY, null, TODAY))).isEqualTo("outcome");
        assertThat(fieldOf(() -> r.decided(Referral.Outcome.GRANTED, TODAY.minusDays(11), null, TODAY))).isEqualTo("outcomeOn");
        assertThat(fieldOf(() -> r.decided(Referral.Outcome.GRANTED, TODAY.plusDays(1), null, TODAY))).isEqualTo("outcomeOn");
        r.decided(Referral.Outcome.GRANTED, TODAY, "每月 800 元", TODAY);
        assertThat(r.outcome()).isEqualTo(Referral.Outcome.GRANTED);
        assertThat(r.outcomeNote()).isEqualTo("每月 800 元");
        assertThatThrownBy(() -> r.decided(Referral.Outcome.REFUSED, TODAY, null, TODAY)).isInstanceOf(ConflictException.class);
    }
}
