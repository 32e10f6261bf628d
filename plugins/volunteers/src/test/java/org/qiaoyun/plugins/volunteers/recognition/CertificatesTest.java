package org.qiaoyun.plugins.volunteers.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qiaoyun.plugins.volunteers.VolunteersDatabase.scope;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.plugins.volunteers.VolunteersDatabase;
import org.qiaoyun.testing.TestTenantScope;
import org.qiaoyun.plugins.volunteers.activity.Activities;
import org.qiaoyun.plugins.volunteers.activity.Activity;
import org.qiaoyun.plugins.volunteers.shift.Rosters;
import org.qiaoyun.plugins.volunteers.shift.Shift;
import org.qiaoyun.plugins.volunteers.shift.SignUp;
import org.qiaoyun.plugins.volunteers.training.Trainings;

/** A certificate of service states the record, in Chinese that any reader shows, because the font travels with it. */
class CertificatesTest {

    private static final Instant NOW = VolunteersDatabase.NOW;

    @Test
    void theCertificateStatesTheRecordInChineseWithTheFontEmbedded() throws Exception {
        TestTenantScope organiser = scope("cert-taishan", "organiser", "organiser");
        String person = VolunteersDatabase.volunteers(organiser, 1).get(0);
        Activity festival = new Activities(organiser).create("侨乡文化节", null, "台城", null);
        Instant start = NOW.minus(Duration.ofDays(30));
        Rosters planning = new Rosters(organiser.at(Clock.fixed(start.minus(Duration.ofDays(1)), ZoneOffset.UTC)));
        Shift shift = planning.plan(festival.id(), new Shift.Draft(null, start, start.plus(Duration.ofHours(4)), 5, null, null));
        SignUp served = planning.signUp(shift.id(), person);
        new Rosters(organiser.at(Clock.fixed(start, ZoneOffset.UTC))).checkIn(served.id(), shift.checkInCode());
        new Rosters(organiser.at(Clock.fixed(start.plus(Duration.ofMinutes(210)), ZoneOffset.UTC))).checkOut(served.id());
        new Trainings(organiser).record(person, "应急救护", LocalDate.of(2026, 10, 1), 8);
        Rosters rosters = new Rosters(organiser);
        assertThatThrownBy(() -> rosters.evaluate(served.id(), SignUp.Evaluation.FAIL, " ")).hasMessageContaining("says why");
        assertThatThrownBy(() -> rosters.evaluate(served.id(), null, null)).hasMessageContaining("required");
        rosters.evaluate(served.id(), SignUp.Evaluation.EXCELLENT, "讲解生动");
        assertThat(rosters.ledger(person).get(0).signUp().evaluationNote()).isEqualTo("讲解生动");

        ServiceCertificate.Content content = new Certificates(organiser).content(person);
        assertThat(content.minutesServed()).isEqualTo(210);
        assertThat(content.shiftsServed()).isEqualTo(1);
        assertThat(content.firstServed()).isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(content.trainingHours()).isEqualTo(8);

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        long began = System.nanoTime();
        ServiceCertificate.Content issued = new Certificates(organiser).issue(person, pdf);
        assertThat(issued.number()).startsWith("CERT-TAISHAN-20261125-").endsWith("-1");
        assertThat(issued.verificationCode()).hasSize(8);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "certificate-sample.pdf"), pdf.toByteArray());
        System.out.printf("certificate: %,d bytes in %d ms%n", pdf.size(), (System.nanoTime() - began) / 1_000_000);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(document).replace("\n", ""); // lines wrap anywhere in Chinese
            assertThat(text).contains("志愿服务证明", "兹证明 志愿者0 同志", "参加志愿服务 1 次", "累计服务时长 3.5 小时",
                    "参加志愿服务培训 1 项，共 8 学时", "其中 1 次服务获评优秀", "2026年11月25日", "CERT-TAISHAN-",
                    "服务内容：侨乡文化节", "志愿者编号：", "经办人：organiser", "核验码", "/p/cert-taishan/volunteers/c");
            PDFont font = document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).as("the Chinese font travels inside the PDF").isTrue();
            assertThat(font.getName()).contains("NotoSansSC");
        }
        assertThat(pdf.size()).as("a subset of the glyphs, not the 10 MB font").isLessThan(200_000);
        assertThat(organiser.audited()).anyMatch(line -> line.startsWith("certificate.issue " + person));
    }

    @Test
    void aVolunteerGetsTheirOwnCertificateOnly() {
        TestTenantScope organiser = scope("cert-kaiping", "organiser", "organiser");
        var people = VolunteersDatabase.volunteers(organiser, 2);
        TestTenantScope first = organiser.as("cert-kaiping-v0", "volunteer");
        assertThatThrownBy(() -> new Certificates(first).content(people.get(0))).as("no hours, nothing to certify")
                .isInstanceOf(org.qiaoyun.api.InvalidInputException.class).hasMessageContaining("no hours");
        assertThatThrownBy(() -> new Certificates(first).issue(people.get(0), new ByteArrayOutputStream()))
                .isInstanceOf(org.qiaoyun.api.InvalidInputException.class);
        assertThatThrownBy(() -> new Certificates(first).content(people.get(1))).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void longNamesAndStarsStillFitTheLines() throws Exception {
        ServiceCertificate.Content content = new ServiceCertificate.Content("X-1", "广东省江门市台山市归国华侨联合会", "欧阳志远",
                LocalDate.of(2020, 1, 5), LocalDate.of(2026, 11, 1), 412, 1_600 * 60, 5, 12, 96,
                java.util.List.of("2025年度最美基层侨联志愿者", "2026年度优秀志愿者"), 40, LocalDate.of(2026, 11, 25));
        assertThat(ServiceCertificate.body(content)).contains("评定为★★★★★（5 星）志愿者");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ServiceCertificate.write(content, pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("累计服务时长1600.0小时", "广东省江门市台山市归国华侨联合会", "其中40次服务获评优秀",
                    "荣获2025年度最美基层侨联志愿者、2026年度优秀志愿者。");
        }
    }

    @Test
    void aNameWithEmojiOrCharactersNoFontHasStillGetsItsCertificate() throws Exception {
        // emoji (one with a skin tone) are left out; a letter the font lacks (a runic one here) shows as a square
        ServiceCertificate.Content content = new ServiceCertificate.Content("X-2", "台山市侨联", "阿芳😀👍🏽ᚠ",
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 11, 1), 3, 600, 0, 0, 0, java.util.List.of(), 0,
                LocalDate.of(2026, 11, 25));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ServiceCertificate.write(content, pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("阿芳□").doesNotContain("😀");
        }
    }
}
