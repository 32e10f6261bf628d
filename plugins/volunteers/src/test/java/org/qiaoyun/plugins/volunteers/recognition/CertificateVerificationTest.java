package org.qiaoyun.plugins.volunteers.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qiaoyun.plugins.volunteers.VolunteersDatabase.scope;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.pages.PublicPage;
import org.qiaoyun.api.pages.PublicRequest;
import org.qiaoyun.plugins.volunteers.VolunteersDatabase;
import org.qiaoyun.plugins.volunteers.activity.Activities;
import org.qiaoyun.plugins.volunteers.activity.Activity;
import org.qiaoyun.plugins.volunteers.shift.Rosters;
import org.qiaoyun.plugins.volunteers.shift.Shift;
import org.qiaoyun.plugins.volunteers.volunteer.Volunteer;
import org.qiaoyun.testing.TestTenantScope;

/**
 * A certificate's number and verification code are confirmed by the public page, which shows a masked name and
 * the hours and nothing else of the person; a wrong code, another federation's page, or a second certificate's
 * number with the first one's code confirm nothing.
 */
class CertificateVerificationTest {

    private static final Instant NOW = VolunteersDatabase.NOW;

    @Test
    void thePublicPageConfirmsACertificateByNumberAndCodeWithoutPersonalData() throws Exception {
        TestTenantScope organiser = scope("verify-taishan", "organiser", "organiser");
        String person = organiser.transaction(em -> {
            Volunteer v = Volunteer.register("verify-taishan-chen", "陈美英", "13800000000", null, null, null, null, true,
                    java.time.Instant.parse("2026-11-25T08:00:00Z"));
            em.persist(v);
            return v.id();
        });
        Activity festival = new Activities(organiser).create("侨乡文化节", null, "台城", null);
        Instant start = NOW.minus(Duration.ofDays(10));
        Rosters past = new Rosters(organiser.at(Clock.fixed(start.plus(Duration.ofDays(1)), ZoneOffset.UTC)));
        Shift shift = new Rosters(organiser.at(Clock.fixed(start.minus(Duration.ofDays(1)), ZoneOffset.UTC)))
                .plan(festival.id(), new Shift.Draft(null, start, start.plus(Duration.ofHours(3)), 5, null, null));
        past.enterAfterwards(shift.id(), person, 150, "纸质签到表");

        Certificates certificates = new Certificates(organiser);
        ServiceCertificate.Content first = certificates.issue(person, new ByteArrayOutputStream());
        ServiceCertificate.Content second = certificates.issue(person, new ByteArrayOutputStream());
        assertThat(second.number()).as("each certificate its own number").isNotEqualTo(first.number()).endsWith("-2");
        assertThat(organiser.audited()).filteredOn(line -> line.startsWith("certificate.issue " + person)).hasSize(2);

        TestTenantScope anyone = organiser.as(null);
        CertificatePages pages = new CertificatePages();
        PublicPage confirmed = pages.answer(get(anyone, "c", first.number(), first.verificationCode()));
        assertThat(confirmed.status()).isEqualTo(200);
        String markup = confirmed.body().markup();
        assertThat(markup).contains("陈*英", "2.5 小时", first.number()).doesNotContain("陈美英", "13800000000");
        PublicPage typed = pages.answer(new PublicRequest("POST", List.of("c"), Map.of(),
                Map.of("number", first.number().toLowerCase(), "code", first.verificationCode().toLowerCase()), Text.CHINESE, anyone));
        assertThat(typed.status()).as("typed in lower case on a phone").isEqualTo(200);

        assertThat(pages.answer(get(anyone, "c", first.number(), "WRONGCOD")).status()).isEqualTo(404);
        assertThat(pages.answer(get(anyone, "c", second.number(), first.verificationCode())).status()).isEqualTo(404);
        TestTenantScope elsewhere = scope("verify-kaiping", null);
        assertThat(pages.answer(get(elsewhere, "c", first.number(), first.verificationCode())).status())
                .as("another federation's page knows nothing of it").isEqualTo(404);
        PublicPage form = pages.answer(new PublicRequest("GET", List.of("c"), Map.of(), Map.of(), Text.ENGLISH, anyone));
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body().markup()).contains("Certificate number", "Verification code");
        assertThat(pages.answer(new PublicRequest("GET", List.of("x"), Map.of(), Map.of(), Text.CHINESE, anyone)).status()).isEqualTo(404);
    }

    @Test
    void namesAreMaskedAsPublicNoticesMaskThem() {
        assertThat(MaskedName.of("陈美英")).isEqualTo("陈*英");
        assertThat(MaskedName.of("陈英")).isEqualTo("陈*");
        assertThat(MaskedName.of("欧阳志远")).isEqualTo("欧**远");
        assertThat(MaskedName.of("Ann Wong")).isEqualTo("A. W.");
        assertThat(MaskedName.of("李")).isEqualTo("*");
    }

    private static PublicRequest get(TestTenantScope tenant, String... path) {
        return new PublicRequest("GET", List.of(path), Map.of(), Map.of(), Text.CHINESE, tenant);
    }
}
