package org.qiaoyun.plugins.legal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.legal.TestFederation;
import org.qiaoyun.plugins.legal.consultation.Category;
import org.qiaoyun.plugins.legal.consultation.ConflictDecision;
import org.qiaoyun.plugins.legal.consultation.Consultation;
import org.qiaoyun.plugins.legal.consultation.Relation;

/** The legal screens without a browser (Karibu-Testing), in Chinese, on the module's real database. */
class ScreensTest {

    private static final Instant FRIDAY = Instant.parse("2026-02-13T02:00:00Z");

    @BeforeEach
    void vaadin() {
        MockVaadin.setup(new com.github.mvysny.kaributesting.v10.Routes().autoDiscoverViews("org.qiaoyun.plugins.legal.ui"));
        UI.getCurrent().setLocale(Text.CHINESE);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    /** The row of the grid showing the record with this id (stations and advisers). */
    private static int rowOf(com.vaadin.flow.component.grid.Grid<?> grid, String id) {
        for (int row = 0; row < GridKt._size(grid); row++) {
            Object item = GridKt._get(grid, row);
            String itemId = item instanceof org.qiaoyun.plugins.legal.network.Station s ? s.id() : ((org.qiaoyun.plugins.legal.network.Adviser) item).id();
            if (itemId.equals(id)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + id);
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    @Test
    void theIntakeFormShowsTheConflictCheckBeforeSavingAndEveryMissingFieldAtOnce() {
        TestFederation f = TestFederation.open(FRIDAY);
        f.consultations("clerk", "caseworker").takeIn(f.intake("黄美玲", "13902220001", null, "黄国强"));
        IntakeView view = new IntakeView(f.as("clerk", "caseworker"), TestFederation.VAULT);
        view.beforeEnter(null);
        ButtonKt._click(view.save);
        assertThat(view.personName.isInvalid()).isTrue();
        assertThat(view.category.isInvalid()).isTrue();
        assertThat(view.personName.getErrorMessage()).doesNotContainPattern("[A-Za-z]{3,}");

        view.station.setValue(f.station());
        view.personName.setValue("黄国强");
        view.relation.setValue(Relation.RETURNEE);
        view.category.setValue(Category.INHERITANCE);
        view.facts.setValue("父亲遗产");
        ButtonKt._click(view.check);
        assertThat(text(view.conflicts)).contains("发现 1 件").doesNotContain("黄美玲");
    }

    @Test
    void aMatterOffersItsReaderTheirStepsAndTellsItsTimelineInChinese() {
        TestFederation f = TestFederation.open(FRIDAY);
        Consultation taken = f.consultations("clerk", "caseworker").takeIn(f.intake("黄美玲", null, null));
        Consultation checked = f.head().checkConflicts(taken.id(), taken.version(), ConflictDecision.CLEAR, null);
        f.head().assign(taken.id(), checked.version(), f.a().id());

        MatterView mine = new MatterView(f.as("adv-a", "legal_adviser"), TestFederation.VAULT);
        mine.open(taken.id());
        assertThat(mine.actions.getChildren().map(c -> ((Button) c).getText()).toList()).containsExactly("联系咨询人", "记录");
        assertThat(GridKt._size(mine.timeline)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(mine.timeline, 2)).contains("指派", "已指派", "指派给李慧文");
        assertThat(text(mine)).contains("联系期限 2026-02-24，答复期限 2026-03-05");

        MatterView other = new MatterView(f.as("adv-b", "legal_adviser"), TestFederation.VAULT);
        other.open(taken.id());
        assertThat(text(other)).contains("没有这件咨询").doesNotContain("黄美玲");

        ButtonKt._click((Button) mine.actions.getChildren().findFirst().orElseThrow());
        ButtonKt._click(com.github.mvysny.kaributesting.v10.LocatorJ._get(Button.class, spec -> spec.withId("legal-step-go")));
        assertThat(text(mine)).contains("已联系");
    }

    @Test
    void aMattersFilesAreListedDownloadableAndRemovedAfterAskingInChinese() {
        TestFederation f = TestFederation.open(FRIDAY);
        Consultation taken = f.consultations("clerk", "caseworker").takeIn(f.intake("黄美玲", null, null));
        Consultation checked = f.head().checkConflicts(taken.id(), taken.version(), ConflictDecision.CLEAR, null);
        f.head().assign(taken.id(), checked.version(), f.a().id());

        MatterView empty = new MatterView(f.as("adv-a", "legal_adviser"), TestFederation.VAULT);
        empty.open(taken.id());
        assertThat(text(empty)).contains("附件", "还没有附件", "上传文件").doesNotContain("Attachments");

        f.consultations("adv-a", "legal_adviser").attach(taken.id(), "侨房产权证明.pdf",
                "%PDF-1.4 产权证明".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        MatterView mine = new MatterView(f.as("adv-a", "legal_adviser"), TestFederation.VAULT);
        mine.open(taken.id());
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<org.qiaoyun.api.files.Attachment> files = com.github.mvysny.kaributesting.v10.LocatorJ._get(
                mine, com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("attachments-files"));
        assertThat(GridKt._size(files)).isEqualTo(1);
        assertThat(GridKt._get(files, 0).fileName()).isEqualTo("侨房产权证明.pdf");
        assertThat(GridKt._getFormattedRow(files, 0)).contains("adv-a", "21 B", "2026-02-13 10:00");

        ButtonKt._click((Button) GridKt._getCellComponent(files, 0, "remove"));
        com.vaadin.flow.component.confirmdialog.ConfirmDialog ask = com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        assertThat(ask.getElement().getProperty("header")).contains("侨房产权证明.pdf");
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(ask);
        assertThat(GridKt._size(files)).isZero();
        assertThat(f.head().attachments(taken.id())).isEmpty();
    }

    @Test
    void aPetitionIsTakenInOnTheFormAndItsMatterShowsItsLetters() {
        TestFederation f = TestFederation.open(FRIDAY);
        IntakeView view = new IntakeView(f.as("clerk", "caseworker"), TestFederation.VAULT);
        view.beforeEnter(null);
        view.station.setValue(f.station());
        view.personName.setValue("伍振华");
        view.relation.setValue(Relation.RETURNEE);
        view.category.setValue(Category.LAND_REQUISITION);
        view.facts.setValue("祖屋被征收，补偿偏低");
        view.petition.setValue(true);
        assertThat(view.respondent.isVisible()).isTrue();
        ButtonKt._click(view.save);
        assertThat(view.respondent.isInvalid()).as("a petition names the public body").isTrue();
        view.respondent.setValue("某镇人民政府");
        view.request.setValue("按标准补偿");
        ButtonKt._click(view.save);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("t/" + f.admin().tenantCode() + "/legal");
        Consultation taken = f.head().page(org.qiaoyun.plugins.legal.consultation.Consultations.WorkSearch.all(), 0, 5).items().get(0);
        assertThat(taken.isPetition()).isTrue();
        Consultation checked = f.head().checkConflicts(taken.id(), taken.version(), ConflictDecision.CLEAR, null);
        Consultation assigned = f.head().assign(taken.id(), checked.version(), f.a().id());
        var adviser = f.consultations("adv-a", "legal_adviser");
        Consultation acknowledged = adviser.acknowledge(taken.id(), assigned.version(), null);
        adviser.recordLetter(taken.id(), acknowledged.version(), new org.qiaoyun.plugins.legal.consultation.Letter.Details(
                org.qiaoyun.plugins.legal.consultation.Letter.Direction.SENT, java.time.LocalDate.parse("2026-02-13"), "某镇人民政府", null,
                null, null));
        MatterView matter = new MatterView(f.as("adv-a", "legal_adviser"), TestFederation.VAULT);
        matter.open(taken.id());
        assertThat(text(matter)).contains("信访维权：反映某镇人民政府");
        assertThat(GridKt._getFormattedRow(matter.letters, 0)).contains("发出", "某镇人民政府", "2026-04-14 · 待答复");
        assertThat(matter.actions.getChildren().map(c -> ((Button) c).getText()).toList()).contains("记录往来函件");
    }

    @Test
    void anAdminKeepsTheNetworkAndAnAdviserRecordsAnEducationSession() {
        TestFederation f = TestFederation.open(FRIDAY);
        NetworkView network = new NetworkView(f.admin());
        UI.getCurrent().add(network);
        network.beforeEnter(null);
        assertThat(GridKt._size(network.stations)).isEqualTo(2);
        assertThat(GridKt._size(network.advisers)).isEqualTo(3);
        ButtonKt._click(com.github.mvysny.kaributesting.v10.LocatorJ._get(Button.class, spec -> spec.withId("legal-add-adviser")));
        assertThat(GridKt._size(network.advisers)).as("a name is required").isEqualTo(3);
        ButtonKt._click((Button) GridKt._getCellComponent(network.stations, rowOf(network.stations, f.station().id()), "change"));
        com.vaadin.flow.component.textfield.TextField stationName = com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("legal-station-name"));
        stationName.setValue("");
        ButtonKt._click(com.github.mvysny.kaributesting.v10.LocatorJ._get(Button.class, spec -> spec.withId("legal-station-save")));
        assertThat(stationName.isInvalid()).isTrue();
        stationName.setValue("台城侨法服务站");
        ButtonKt._click(com.github.mvysny.kaributesting.v10.LocatorJ._get(Button.class, spec -> spec.withId("legal-station-save")));
        assertThat(new org.qiaoyun.plugins.legal.network.Network(f.admin()).station(f.station().id()).name()).isEqualTo("台城侨法服务站");
        ButtonKt._click((Button) GridKt._getCellComponent(network.advisers, rowOf(network.advisers, f.lawyer().id()), "retire"));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
        assertThat(GridKt._size(network.advisers)).as("the retired lawyer leaves the list").isEqualTo(2);

        UI.getCurrent().remove(network);
        EducationView education = new EducationView(f.as("adv-a", "legal_adviser"));
        UI.getCurrent().add(education);
        education.beforeEnter(null);
        assertThat(text(education.month)).isEqualTo("2026-02 共举办 0 场，0 人次参加");
        var fields = com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.textfield.TextField.class);
        fields.get(0).setValue("侨法宣讲");
        fields.get(1).setValue("文化广场");
        com.github.mvysny.kaributesting.v10.LocatorJ._get(com.vaadin.flow.component.textfield.IntegerField.class).setValue(80);
        ButtonKt._click(com.github.mvysny.kaributesting.v10.LocatorJ._get(Button.class, spec -> spec.withId("legal-education-record")));
        assertThat(GridKt._size(education.sessions)).isEqualTo(1);
        assertThat(text(education.month)).isEqualTo("2026-02 共举办 1 场，80 人次参加");
        education.sessions.select(GridKt._get(education.sessions, 0));
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(education.chosen, org.qiaoyun.screens.AttachmentsPanel.class))
                .as("the session's materials, for the adviser to add to").hasSize(1);
        assertThat(text(education.chosen)).contains("侨法宣讲").doesNotContain("参加人员").as("no list was kept");
    }

    @Test
    void theWorkListAndTheDeskShowTheHeadWhatWaitsAndFlagWhatIsOverdue() {
        TestFederation f = TestFederation.open(FRIDAY);
        f.consultations("clerk", "caseworker").takeIn(f.intake("余小燕", null, null));
        WorkListView list = new WorkListView(f.as("head", "viewer").at(java.time.Clock.fixed(Instant.parse("2026-02-26T02:00:00Z"),
                java.time.ZoneOffset.UTC)), TestFederation.VAULT);
        list.beforeEnter(null);
        assertThat(GridKt._size(list.grid)).isEqualTo(1);
        assertThat(text(list.total)).isEqualTo("共 1 件");
        list.overdue.setValue(true);
        assertThat(GridKt._size(list.grid)).isEqualTo(1);

        WorkListView clerk = new WorkListView(f.as("clerk", "caseworker"), TestFederation.VAULT);
        clerk.beforeEnter(null);
        assertThat(GridKt._size(clerk.grid)).as("the clerk reads nothing they took in").isZero();

        DeskView desk = new DeskView(f.as("head", "viewer"), TestFederation.VAULT);
        desk.beforeEnter(null);
        assertThat(GridKt._size(desk.waiting)).isEqualTo(1);
        assertThat(GridKt._size(desk.advisers)).isEqualTo(3);
        DeskView notHead = new DeskView(f.as("adv-a", "legal_adviser"), TestFederation.VAULT);
        notHead.beforeEnter(null);
        assertThat(text(notHead)).contains("分派台供法律服务中心负责人使用");
    }

    @Test
    void theAdminSetsTheDeadlinesAndEntersANewYearOthersOnlyReadThem() {
        TestFederation f = TestFederation.open(Instant.parse("2026-12-28T02:00:00Z"));
        Consultation provisional = f.consultations("clerk", "caseworker").takeIn(f.intake("伍振华", null, null));
        assertThat(provisional.dueProvisional()).isTrue();

        DeadlinesView reader = new DeadlinesView(f.as("adv-a", "legal_adviser"));
        UI.getCurrent().add(reader);
        reader.beforeEnter(null);
        assertThat(reader.acknowledgeDays.getValue()).isEqualTo(2);
        assertThat(reader.acknowledgeDays.isReadOnly()).isTrue();
        assertThat(reader.saveTerms.isVisible()).isFalse();
        assertThat(text(reader)).doesNotContain("录入年度安排");
        assertThat(GridKt._size(reader.years)).as("2026 ships with the module").isEqualTo(1);
        UI.getCurrent().remove(reader);

        DeadlinesView admin = new DeadlinesView(f.admin());
        UI.getCurrent().add(admin);
        admin.beforeEnter(null);
        admin.acknowledgeDays.setValue(12);
        ButtonKt._click(admin.saveTerms);
        assertThat(admin.acknowledgeDays.isInvalid()).as("contact after the answer").isTrue();
        assertThat(admin.acknowledgeDays.getErrorMessage()).contains("不能晚于答复期限");
        admin.acknowledgeDays.setValue(3);
        admin.answerDays.setValue(15);
        ButtonKt._click(admin.saveTerms);
        assertThat(admin.acknowledgeDays.isInvalid()).isFalse();
        assertThat(new org.qiaoyun.plugins.legal.consultation.Deadlines(f.admin()).terms().terms())
                .isEqualTo(new org.qiaoyun.plugins.legal.consultation.Deadlines.Terms(3, 15));

        admin.year.setValue(2027);
        admin.daysOff.setValue("2027-01-01, 2027-01-01");
        ButtonKt._click(admin.enterYear);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
        assertThat(admin.daysOff.isInvalid()).as("a day twice").isTrue();
        assertThat(admin.daysOff.getErrorMessage()).contains("2027-01-01");
        admin.daysOff.setValue("2027-01-01\n2027-01-02");
        ButtonKt._click(admin.enterYear);
        List<com.vaadin.flow.component.confirmdialog.ConfirmDialog> asked = com.github.mvysny.kaributesting.v10.LocatorJ._find(
                com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(asked.get(asked.size() - 1));
        assertThat(GridKt._size(admin.years)).isEqualTo(2);
        assertThat(f.head().get(provisional.id()).dueProvisional()).as("counted again on the new year").isFalse();
    }

    @Test
    void theRosterShowsWhoIsOnDutyAndOnlyAdminsChangeIt() {
        TestFederation f = TestFederation.open(FRIDAY);
        new org.qiaoyun.plugins.legal.network.Network(f.admin()).putOnDuty(f.station().id(), java.time.LocalDate.parse("2026-02-16"), f.a().id());
        RosterView reader = new RosterView(f.as("viewer", "viewer"));
        UI.getCurrent().add(reader);
        reader.beforeEnter(null);
        assertThat(GridKt._size(reader.roster)).isEqualTo(1);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class, spec -> spec.withId("legal-roster-add"))).isEmpty();
        UI.getCurrent().remove(reader);

        RosterView admin = new RosterView(f.admin());
        UI.getCurrent().add(admin);
        admin.beforeEnter(null);
        ButtonKt._click(com.github.mvysny.kaributesting.v10.LocatorJ._get(Button.class, spec -> spec.withId("legal-roster-add")));
        assertThat(GridKt._size(admin.roster)).as("nothing chosen, nothing added").isEqualTo(1);
        assertThat(GridKt._getFormattedRow(admin.roster, 0)).contains("2026-02-16", "李慧文");
    }
}
