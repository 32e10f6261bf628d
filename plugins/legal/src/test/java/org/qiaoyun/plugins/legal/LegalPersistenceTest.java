package org.qiaoyun.plugins.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.api.personal.DocumentKind;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.api.personal.ResidentId;
import org.qiaoyun.plugins.legal.consultation.AssignmentDesk;
import org.qiaoyun.plugins.legal.consultation.Category;
import org.qiaoyun.plugins.legal.consultation.Channel;
import org.qiaoyun.plugins.legal.consultation.ConflictDecision;
import org.qiaoyun.plugins.legal.consultation.Consultation;
import org.qiaoyun.plugins.legal.consultation.Consultations;
import org.qiaoyun.plugins.legal.consultation.Deadlines;
import org.qiaoyun.plugins.legal.consultation.Destination;
import org.qiaoyun.plugins.legal.consultation.MatterEvent;
import org.qiaoyun.plugins.legal.consultation.Outcome;
import org.qiaoyun.plugins.legal.consultation.Party;
import org.qiaoyun.plugins.legal.consultation.Relation;
import org.qiaoyun.plugins.legal.consultation.Satisfaction;
import org.qiaoyun.plugins.legal.consultation.Status;
import org.qiaoyun.plugins.legal.consultation.Step;
import org.qiaoyun.plugins.legal.education.EducationSession;
import org.qiaoyun.plugins.legal.education.EducationSessions;
import org.qiaoyun.plugins.legal.network.Adviser;
import org.qiaoyun.plugins.legal.network.Network;
import org.qiaoyun.plugins.legal.network.Station;
import org.qiaoyun.plugins.legal.network.StationKind;
import org.qiaoyun.testing.ModuleDatabase;
import org.qiaoyun.testing.TestTenantScope;

/** Legal services on a real PostgreSQL: the network, a consultation's life, confidentiality, the conflict check, the calendar. */
class LegalPersistenceTest {

    /** Friday 13 February 2026, 10:00 in Beijing: the Spring Festival is two days away. */
    private static final Instant BEFORE_SPRING_FESTIVAL = Instant.parse("2026-02-13T02:00:00Z");
    private static final IdVault VAULT = TestFederation.VAULT;

    private static String residentId(String seventeen) {
        return seventeen + ResidentId.checkCharacter(seventeen);
    }

    @Test
    void aConsultationGoesFromIntakeToCloseReadOnlyByItsHeadAndItsAdviser() {
        TestFederation f = TestFederation.open(BEFORE_SPRING_FESTIVAL);
        TestTenantScope clerk = f.as("clerk", "caseworker");
        Consultation taken = new Consultations(clerk, VAULT).takeIn(f.intake("黄美玲", "13902220001", null, "黄国强"));
        assertThat(taken.acknowledgeDue()).isEqualTo(LocalDate.parse("2026-02-24"));
        assertThat(taken.answerDue()).isEqualTo(LocalDate.parse("2026-03-05"));
        String id = taken.id();

        assertThatThrownBy(() -> new Consultations(clerk, VAULT).get(id)).as("the clerk who took it in").isInstanceOf(UnknownObjectException.class);
        assertThat(new Consultations(clerk, VAULT).page(Consultations.WorkSearch.all(), 0, 20).total()).isZero();
        assertThat(f.consultations("admin", "admin").page(Consultations.WorkSearch.all(), 0, 20).total()).as("an admin").isZero();
        assertThat(f.head().page(Consultations.WorkSearch.all(), 0, 20).items()).extracting(Consultation::id).containsExactly(id);

        Consultation checked = f.head().checkConflicts(id, taken.version(), ConflictDecision.CLEAR, null);
        assertThatThrownBy(() -> f.head().assign(id, checked.version(), "nobody"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.field()).isEqualTo("adviserId"));
        assertThat(new AssignmentDesk(f.as("head")).candidates(id)).extracting(c -> c.adviser().name())
                .as("speciality and dialect first").startsWith("李慧文");
        Consultation assigned = f.head().assign(id, checked.version(), f.a().id());
        assertThat(new AssignmentDesk(f.as("head")).loads()).containsEntry(f.a().id(), 1L);

        Consultations a = f.consultations("adv-a", "legal_adviser");
        Consultations b = f.consultations("adv-b", "legal_adviser");
        assertThat(a.get(id).personName()).isEqualTo("黄美玲");
        assertThatThrownBy(() -> b.get(id)).as("another adviser").isInstanceOf(UnknownObjectException.class);
        assertThat(b.page(Consultations.WorkSearch.all(), 0, 20).total()).isZero();
        assertThat(a.page(new Consultations.WorkSearch(true, false, false, null, null, null, "美玲", null), 0, 20).total()).isEqualTo(1);
        assertThat(a.offered(a.get(id))).containsExactly(Step.ACKNOWLEDGE, Step.NOTE);
        assertThatThrownBy(() -> new AssignmentDesk(f.as("adv-a", "legal_adviser")).candidates(id)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> a.seal(id, assigned.version())).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> a.acknowledge(id, assigned.version() - 1, null)).isInstanceOf(StaleVersionException.class);

        Consultation acknowledged = a.acknowledge(id, assigned.version(), "已电话联系");
        Consultation answered = a.answer(id, acknowledged.version(), "可向不动产登记部门申请");
        assertThat(answered.answeredInTime()).isTrue();
        assertThatThrownBy(() -> a.close(id, answered.version(), new Consultation.Closing(null, null, null, null, "摘要")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.field()).isEqualTo("outcome"));
        TestTenantScope adviserScope = f.as("adv-a", "legal_adviser");
        Consultation closed = new Consultations(adviserScope, VAULT).close(id, answered.version(), new Consultation.Closing(Outcome.REFERRED,
                Destination.LEGAL_AID_CENTRE, null, Satisfaction.SATISFIED, "转介法律援助中心"));
        assertThat(closed.status()).isEqualTo(Status.CLOSED);
        assertThat(a.timeline(id)).extracting(MatterEvent::action)
                .containsExactly("intake", "check-conflicts", "assign", "acknowledge", "answer", "close");
        assertThat(adviserScope.hasAudited("consultation.close", id)).isTrue();
        assertThat(adviserScope.recorded()).containsEntry("opened.overseas-house", BigDecimal.ONE)
                .containsEntry("closed.overseas-house", BigDecimal.ONE).containsEntry("referred.legal-aid-centre", BigDecimal.ONE)
                .containsEntry("answered-in-time", BigDecimal.ONE).containsEntry("open", BigDecimal.ZERO);

        TestTenantScope headScope = f.as("head", "viewer");
        new Consultations(headScope, VAULT).seal(id, closed.version());
        assertThatThrownBy(() -> a.get(id)).as("sealed: the head's alone").isInstanceOf(UnknownObjectException.class);
        assertThat(new Consultations(headScope, VAULT).get(id).sealed()).isTrue();
        assertThat(headScope.hasAudited("consultation.read", id)).as("every read audited").isTrue();
        assertThat(headScope.audited()).noneMatch(line -> line.contains("黄") || line.contains("1390222"));
        assertThat(clerk.audited()).noneMatch(line -> line.contains("黄") || line.contains("1390222"));
    }

    @Test
    void aMattersFilesAreForThoseWhoReadTheMatterAndNobodyElse() {
        TestFederation f = TestFederation.open(BEFORE_SPRING_FESTIVAL);
        String id = new Consultations(f.as("clerk", "caseworker"), VAULT).takeIn(f.intake("伍美华", null, null)).id();
        Consultation checked = f.head().checkConflicts(id, f.head().get(id).version(), ConflictDecision.CLEAR, null);
        f.head().assign(id, checked.version(), f.a().id());
        byte[] deed = "%PDF-1.4\n房产证 台城镇 伍氏祖屋\n%%EOF".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Consultations a = f.consultations("adv-a", "legal_adviser");
        org.qiaoyun.api.files.Attachment kept = a.attach(id, "房产证.pdf", deed);
        assertThat(f.head().attachments(id)).extracting(org.qiaoyun.api.files.Attachment::fileName).containsExactly("房产证.pdf");
        assertThat(a.openAttachment(id, kept.id()).content()).isEqualTo(deed);

        Consultations b = f.consultations("adv-b", "legal_adviser");
        assertThatThrownBy(() -> b.attachments(id)).as("another adviser").isInstanceOf(UnknownObjectException.class);
        assertThatThrownBy(() -> b.openAttachment(id, kept.id())).isInstanceOf(UnknownObjectException.class);
        assertThatThrownBy(() -> b.attach(id, "x.pdf", deed)).isInstanceOf(UnknownObjectException.class);
        assertThatThrownBy(() -> f.consultations("admin", "admin").removeAttachment(id, kept.id())).as("an admin is nobody special here")
                .isInstanceOf(UnknownObjectException.class);
        assertThatThrownBy(() -> a.attach(id, "照片.jpg", "not a photo".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.field()).isEqualTo("file"));

        String other = new Consultations(f.as("clerk", "caseworker"), VAULT).takeIn(f.intake("李四", null, null)).id();
        assertThatThrownBy(() -> f.head().openAttachment(other, kept.id())).as("a file is opened through its own matter only")
                .isInstanceOf(UnknownObjectException.class);

        f.head().removeAttachment(id, kept.id());
        assertThat(a.attachments(id)).isEmpty();
    }

    @Test
    void theConflictCheckFindsOtherMattersByNamePhoneOrIdNumberAndShowsThemToTheHeadOnly() throws Exception {
        TestFederation f = TestFederation.open(BEFORE_SPRING_FESTIVAL);
        String number = residentId("44078119600101123");
        Consultations clerk = f.consultations("clerk", "caseworker");
        Consultation first = clerk.takeIn(f.intake("黄美玲", "13902220001", number, "黄国强"));
        Consultation checked = f.head().checkConflicts(first.id(), first.version(), ConflictDecision.CLEAR, null);
        f.head().assign(first.id(), checked.version(), f.a().id());

        Consultations.Conflicts byName = clerk.preview(f.intake("黄 国强", null, null));
        assertThat(byName.count()).as("the other party of the first, by name").isEqualTo(1);
        assertThat(byName.shown()).as("the clerk learns only that there is one").isEmpty();
        assertThat(f.head().preview(f.intake("黄国强", null, null)).shown()).singleElement()
                .satisfies(m -> assertThat(m.matches()).containsExactly("NAME"));
        assertThat(f.head().preview(f.intake("王五", "+86 139-0222-0001", null)).shown()).singleElement()
                .satisfies(m -> assertThat(m.matches()).containsExactly("PHONE"));
        assertThat(f.head().preview(f.intake("黄美龄", null, number)).shown()).singleElement()
                .satisfies(m -> assertThat(m.matches()).containsExactly("RESIDENT_ID"));
        assertThat(f.head().preview(f.intake("张三", "13800000000", null)).count()).isZero();
        assertThatThrownBy(() -> f.consultations("volunteer", "volunteer").preview(f.intake("黄国强", null, null)))
                .as("nobody else probes names").isInstanceOf(PermissionDeniedException.class);
        String[] many = java.util.stream.IntStream.range(0, 21).mapToObj(i -> "当事人" + i).toArray(String[]::new);
        assertThatThrownBy(() -> clerk.takeIn(f.intake("赵六", null, null, many)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.field()).isEqualTo("parties"));

        Consultation second = clerk.takeIn(f.intake("黄国强", "13700000000", null));
        assertThat(f.head().conflicts(second.id()).shown()).extracting(Consultations.ConflictingMatter::id).containsExactly(first.id());
        Consultation decided = f.head().checkConflicts(second.id(), second.version(), ConflictDecision.CONFLICT, "双方为同一房产的争议人");
        assertThatThrownBy(() -> f.head().assign(second.id(), decided.version(), f.a().id())).as("the adviser of the other side")
                .isInstanceOf(ConflictException.class);
        assertThat(f.head().assign(second.id(), decided.version(), f.b().id()).adviserId()).isEqualTo(f.b().id());

        assertThat(first.maskedId()).isEqualTo(number.substring(0, 4) + "**********" + number.substring(14));
        try (Connection c = ModuleDatabase.pool().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select c.id_cipher, p.id_hash from legal_consultation c join legal_party p"
                     + " on p.consultation_id = c.id and p.asking where c.id = '" + first.id() + "'")) {
            rs.next();
            assertThat(rs.getString(1)).doesNotContain(number);
            assertThat(rs.getString(2)).doesNotContain(number).hasSize(64);
        }
        assertThat(f.head().revealId(first.id())).isEqualTo(number);
        assertThatThrownBy(() -> f.consultations("adv-a", "legal_adviser").revealId(first.id())).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> new Consultations(f.as("clerk", "caseworker"), null).takeIn(f.intake("赵六", null, number)))
                .as("no key, no ID numbers").isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.field()).isEqualTo("residentId"));
    }

    @Test
    void aPersonFromHongKongShowsTheirPermitAndTheCheckKnowsTheOldCardByItsLifetimeNumber() {
        TestFederation f = TestFederation.open(BEFORE_SPRING_FESTIVAL);
        Consultations clerk = f.consultations("clerk", "caseworker");
        Consultation first = clerk.takeIn(withDocument(f, "梁家辉", DocumentKind.HK_MACAO_PERMIT, "H12345678", null));
        assertThat(first.documentKind()).isEqualTo(DocumentKind.HK_MACAO_PERMIT);
        assertThat(first.maskedId()).doesNotContain("2345").startsWith("H");
        Consultation checked = f.head().checkConflicts(first.id(), first.version(), ConflictDecision.CLEAR, null);
        f.head().assign(first.id(), checked.version(), f.a().id());

        assertThat(f.head().preview(withDocument(f, "梁家輝", DocumentKind.HK_MACAO_PERMIT, "H1234567801", null)).shown())
                .as("an older card of the same person, its name in traditional characters").singleElement()
                .satisfies(m -> assertThat(m.matches()).containsExactly("RESIDENT_ID"));
        assertThatThrownBy(() -> clerk.takeIn(withDocument(f, "John Wong", DocumentKind.FOREIGN_PASSPORT, "533123456", null)))
                .as("a foreign passport names its state").isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.field()).isEqualTo("issuingCountry"));
        Consultation passport = clerk.takeIn(withDocument(f, "John Wong", DocumentKind.FOREIGN_PASSPORT, "533123456", "USA"));
        assertThat(passport.issuingCountry()).isEqualTo("USA");
        Consultations.Revealed revealed = f.head().revealDocument(first.id());
        assertThat(revealed).isEqualTo(new Consultations.Revealed(DocumentKind.HK_MACAO_PERMIT, "H12345678"));
    }

    private static Consultation.Intake withDocument(TestFederation f, String name, DocumentKind kind, String number, String country) {
        Consultation.Intake plain = f.intake(name, null, null);
        return new Consultation.Intake(plain.stationId(), plain.channel(), null, name, null, plain.relation(), number, null, List.of(),
                plain.category(), plain.facts(), kind, country);
    }

    @Test
    void anEducationSessionKeepsItsMaterialsForEveryoneAndItsListOfNamesForThoseWhoRecord() {
        TestFederation f = TestFederation.open(BEFORE_SPRING_FESTIVAL);
        EducationSessions adviser = new EducationSessions(f.as("adv-a", Permissions.ADVISER));
        assertThatThrownBy(() -> adviser.record(new EducationSession.Details(LocalDate.parse("2026-02-10"), "侨房政策宣讲", "侨联大楼",
                null, null, 1, "黄伯\n伍阿姨")))
                .as("more names than people who came").isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.field()).isEqualTo("attendees"));
        EducationSession session = adviser.record(new EducationSession.Details(LocalDate.parse("2026-02-10"), "侨房政策宣讲", "侨联大楼",
                null, null, 30, "黄伯\n伍阿姨\n"));
        assertThat(session.keptList()).isTrue();
        TestTenantScope adviserScope = f.as("adv-a", Permissions.ADVISER);
        assertThat(new EducationSessions(adviserScope).attendees(session.id())).containsExactly("黄伯", "伍阿姨");
        assertThat(adviserScope.hasAudited("education.attendees-read", session.id())).isTrue();
        EducationSessions viewer = new EducationSessions(f.as("viewer", "viewer"));
        assertThatThrownBy(() -> viewer.attendees(session.id())).isInstanceOf(PermissionDeniedException.class);

        byte[] slides = "%PDF-1.4\n侨房政策\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var kept = adviser.attachMaterial(session.id(), "侨房政策.pdf", slides);
        assertThat(viewer.materials(session.id())).extracting(org.qiaoyun.api.files.Attachment::id).containsExactly(kept.id());
        assertThat(viewer.openMaterial(session.id(), kept.id()).content()).isEqualTo(slides);
        assertThatThrownBy(() -> viewer.attachMaterial(session.id(), "x.pdf", slides)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> viewer.removeMaterial(session.id(), kept.id())).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> viewer.materials("no-such-session")).isInstanceOf(UnknownObjectException.class);
        adviser.removeMaterial(session.id(), kept.id());
        assertThat(viewer.materials(session.id())).isEmpty();
    }

    @Test
    void aDeadlineBeyond2026IsProvisionalUntilTheNoticeOf2027IsEntered() {
        TestFederation f = TestFederation.open(Instant.parse("2026-12-28T02:00:00Z"));
        Consultation taken = f.consultations("clerk", "caseworker").takeIn(f.intake("伍振华", null, null));
        assertThat(taken.answerDue()).isEqualTo(LocalDate.parse("2027-01-11"));
        assertThat(taken.dueProvisional()).isTrue();

        Deadlines admin = new Deadlines(f.admin());
        List<LocalDate> newYear = List.of(LocalDate.parse("2027-01-01"));
        assertThatThrownBy(() -> admin.enter(2027, List.of(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-01-01")), List.of(), null))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.getMessage()).contains("2027-01-01"));
        assertThatThrownBy(() -> new Deadlines(f.as("head", "viewer")).enter(2027, newYear, List.of(), null))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(admin.enter(2027, newYear, List.of(), null)).as("matters counted again").isEqualTo(1);
        Consultation recounted = f.head().get(taken.id());
        assertThat(recounted.answerDue()).isEqualTo(LocalDate.parse("2027-01-12"));
        assertThat(recounted.dueProvisional()).isFalse();
        assertThat(new Deadlines(f.admin()).enter(2027, newYear, List.of(), null)).as("nothing provisional left").isZero();
    }

    @Test
    void aPetitionIsFollowedUpByLettersUntilResolvedAndAnUnansweredLetterIsFlagged() {
        TestFederation f = TestFederation.open(BEFORE_SPRING_FESTIVAL);
        Consultations clerk = f.consultations("clerk", "caseworker");
        assertThatThrownBy(() -> clerk.takeInPetition(f.intake("伍振华", null, null), " ", "依法补偿"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.field()).isEqualTo("respondent"));
        TestTenantScope clerkScope = f.as("clerk", "caseworker");
        Consultation taken = new Consultations(clerkScope, VAULT).takeInPetition(f.intake("伍振华", null, null), "某镇人民政府", "按标准补偿被征收的祖屋");
        assertThat(clerkScope.recorded()).containsEntry("petitions-open", BigDecimal.ONE);
        Consultation checked = f.head().checkConflicts(taken.id(), taken.version(), ConflictDecision.CLEAR, null);
        Consultation assigned = f.head().assign(taken.id(), checked.version(), f.a().id());
        Consultations a = f.consultations("adv-a", "legal_adviser");
        assertThatThrownBy(() -> a.recordLetter(taken.id(), assigned.version(), new org.qiaoyun.plugins.legal.consultation.Letter.Details(
                org.qiaoyun.plugins.legal.consultation.Letter.Direction.SENT, LocalDate.parse("2026-02-13"), "某镇人民政府", null, null, null)))
                .as("before the person was contacted").isInstanceOf(ConflictException.class);
        Consultation acknowledged = a.acknowledge(taken.id(), assigned.version(), null);
        Consultation written = a.recordLetter(taken.id(), acknowledged.version(), new org.qiaoyun.plugins.legal.consultation.Letter.Details(
                org.qiaoyun.plugins.legal.consultation.Letter.Direction.SENT, LocalDate.parse("2026-02-13"), "某镇人民政府", "请依法答复",
                LocalDate.parse("2026-02-20"), null));
        assertThat(written.replyDue()).isEqualTo(LocalDate.parse("2026-02-20"));
        assertThat(written.nextDue()).isEqualTo(LocalDate.parse("2026-02-20"));
        Consultations later = new Consultations(f.as("adv-a", "legal_adviser").at(Clock.fixed(Instant.parse("2026-02-21T02:00:00Z"),
                ZoneOffset.UTC)), VAULT);
        assertThat(later.page(new Consultations.WorkSearch(true, false, true, null, null, null, null, null, true), 0, 10).total())
                .as("the reply is overdue").isEqualTo(1);
        String sentId = a.letters(taken.id()).get(0).id();
        Consultation replied = later.recordLetter(taken.id(), written.version(), new org.qiaoyun.plugins.legal.consultation.Letter.Details(
                org.qiaoyun.plugins.legal.consultation.Letter.Direction.RECEIVED, LocalDate.parse("2026-02-21"), "某镇人民政府", "同意复核",
                null, sentId));
        assertThat(replied.replyDue()).isNull();
        assertThat(a.letters(taken.id())).extracting(l -> l.awaitingReply()).containsExactly(false, false);
        assertThatThrownBy(() -> f.consultations("adv-b", "legal_adviser").letters(taken.id())).isInstanceOf(UnknownObjectException.class);
        Consultation answered = a.answer(taken.id(), replied.version(), "镇政府同意复核补偿标准");
        Consultation closed = a.close(taken.id(), answered.version(), new Consultation.Closing(Outcome.RESOLVED, null, null, null, "已按标准补偿"));
        assertThat(closed.outcome()).isEqualTo(Outcome.RESOLVED);
        assertThat(a.timeline(taken.id())).extracting(MatterEvent::action).contains("letter");
    }

    @Test
    void theWorkListExportsAsASpreadsheetInTheReadersLanguageWithTheMattersTheyReadOnly() throws Exception {
        TestFederation f = TestFederation.open(BEFORE_SPRING_FESTIVAL);
        String number = residentId("44078119600101123");
        f.consultations("clerk", "caseworker").takeIn(f.intake("黄美玲", "13902220001", number));
        TestTenantScope head = f.as("head", "viewer");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        MatterSheet.write(new Consultations(head, VAULT).export(Consultations.WorkSearch.all()), org.qiaoyun.api.Text.CHINESE, out);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("法律咨询");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("咨询人");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("黄美玲");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).as("a phone stays text").isEqualTo("13902220001");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("侨房");
            assertThat(sheet.getRow(1).getCell(9).getStringCellValue()).isEqualTo("2026-03-05");
            for (var row : sheet) {
                for (var cell : row) {
                    assertThat(cell.getStringCellValue()).doesNotContain(number.substring(10));
                }
            }
        }
        assertThat(head.hasAudited("consultation.export", "consultations")).isTrue();
        assertThat(new Consultations(f.as("adv-b", "legal_adviser"), VAULT).export(Consultations.WorkSearch.all()).matters()).isEmpty();
    }

    @Test
    void anOverdueMatterIsFlaggedOnTheWorkList() {
        TestFederation f = TestFederation.open(BEFORE_SPRING_FESTIVAL);
        Consultation taken = f.consultations("clerk", "caseworker").takeIn(f.intake("余小燕", null, null));
        TestTenantScope later = f.as("head", "viewer").at(Clock.fixed(Instant.parse("2026-02-25T02:00:00Z"), ZoneOffset.UTC));
        Consultations head = new Consultations(later, VAULT);
        assertThat(head.page(new Consultations.WorkSearch(false, false, true, null, null, null, null, null), 0, 10).items())
                .extracting(Consultation::id).containsExactly(taken.id());
        assertThat(f.head().page(new Consultations.WorkSearch(false, false, true, null, null, null, null, null), 0, 10).total())
                .as("on the day it came in").isZero();
        assertThat(f.head().page(new Consultations.WorkSearch(false, true, false, null, null, null, null, null), 0, 10).total())
                .as("due soon? not within three days of the 13th").isZero();
    }

    @Test
    void advisersAreBoundToAccountsOfTheFederationOnlyAndTheRosterToTheStationsTheyServe() {
        TestFederation f = TestFederation.open(BEFORE_SPRING_FESTIVAL);
        Network strict = new Network(f.admin().withMembers("head", "adv-a", "adv-b", "adv-c"));
        assertThatThrownBy(() -> strict.addAdviser(new Adviser.Profile("stranger", "外人", null, null, Set.of(), List.of(), Set.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.field()).isEqualTo("username"));
        assertThatThrownBy(() -> strict.addAdviser(new Adviser.Profile("adv-a", "李慧文", null, null, Set.of(), List.of(), Set.of())))
                .isInstanceOf(ConflictException.class);
        Network roles = new Network(f.admin().withMembers("head").withMemberInRoles("clerk-2", "caseworker"));
        assertThatThrownBy(() -> roles.addAdviser(new Adviser.Profile("clerk-2", "陈文员", null, null, Set.of(), List.of(), Set.of())))
                .as("an account of the federation without the adviser's role")
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("username");
                    assertThat(refused.text().code()).isEqualTo("legal.account.not-adviser");
                });
        assertThatThrownBy(() -> strict.addAdviser(new Adviser.Profile(null, "某律师", "某所", null, Set.of(), List.of(), Set.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.field()).isEqualTo("licenceNumber"));
        assertThatThrownBy(() -> strict.openCentre(new Station.Details("第二中心", null, null, null), "stranger"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.field()).isEqualTo("head"));
        assertThatThrownBy(() -> new Network(f.as("adv-a", "legal_adviser")).openStation(StationKind.POINT, f.centre().id(),
                new Station.Details("服务点", null, null, null))).isInstanceOf(PermissionDeniedException.class);

        LocalDate monday = LocalDate.parse("2026-02-16");
        strict.putOnDuty(f.station().id(), monday, f.a().id());
        assertThatThrownBy(() -> strict.putOnDuty(f.station().id(), monday, f.a().id())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> strict.putOnDuty(f.station().id(), monday, f.b().id())).as("b serves the centre, not the station")
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.field()).isEqualTo("adviserId"));
        assertThat(new Network(f.as("viewer", "viewer")).roster(monday.minusDays(1), monday.plusDays(7), null)).singleElement()
                .satisfies(d -> assertThat(d.adviserId()).isEqualTo(f.a().id()));
        assertThat(new Network(f.as("viewer", "viewer")).advisers(new Network.AdviserSearch(null, null, "台山话", null, true), 0, 10).items())
                .extracting(Adviser::name).containsExactly("李慧文");
        Adviser retired = strict.retireAdviser(f.b().id(), f.b().version());
        assertThat(retired.active()).isFalse();
        Consultation taken = f.consultations("clerk", "caseworker").takeIn(f.intake("伍振华", null, null));
        Consultation checked = f.head().checkConflicts(taken.id(), taken.version(), ConflictDecision.CLEAR, null);
        assertThatThrownBy(() -> f.head().assign(taken.id(), checked.version(), f.b().id())).as("a retired adviser")
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.field()).isEqualTo("adviserId"));
        assertThat(f.head().assign(taken.id(), checked.version(), f.lawyer().id()).adviserId()).as("an external lawyer").isEqualTo(f.lawyer().id());
        Consultation acknowledged = f.head().acknowledge(taken.id(), null, "外聘律师已联系，负责人代为记录");
        assertThat(acknowledged.status()).isEqualTo(Status.ACKNOWLEDGED);
    }

    @Test
    void educationSessionsAreRecordedAndCountedPerMonth() {
        TestFederation f = TestFederation.open(BEFORE_SPRING_FESTIVAL);
        TestTenantScope adviser = f.as("adv-a", "legal_adviser");
        EducationSessions sessions = new EducationSessions(adviser);
        sessions.record(new EducationSession.Details(LocalDate.parse("2026-02-10"), "侨益保护法宣讲", "文化广场", "归侨侨眷", "李慧文", 86));
        sessions.record(new EducationSession.Details(LocalDate.parse("2026-02-12"), "涉侨继承讲座", "侨联会议室", null, null, 42));
        assertThatThrownBy(() -> sessions.record(new EducationSession.Details(LocalDate.parse("2026-02-20"), "未来的活动", "某地", null, null, 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.field()).isEqualTo("heldOn"));
        assertThatThrownBy(() -> new EducationSessions(f.as("v", "volunteer")).record(new EducationSession.Details(
                LocalDate.parse("2026-02-10"), "主题", "地点", null, null, 1))).isInstanceOf(PermissionDeniedException.class);
        assertThat(adviser.recorded()).containsEntry("education-sessions", BigDecimal.valueOf(2))
                .containsEntry("education-attendance", BigDecimal.valueOf(128));
        assertThat(new EducationSessions(f.as("v", "volunteer")).page(java.time.YearMonth.of(2026, 2), "继承", 0, 10).items())
                .extracting(EducationSession::topic).containsExactly("涉侨继承讲座");
    }
}
