package org.qiaoyun.plugins.volunteers.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.streams.DownloadHandler;

import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.volunteers.Permissions;
import org.qiaoyun.plugins.volunteers.recognition.Certificates;
import org.qiaoyun.plugins.volunteers.recognition.Nominations;
import org.qiaoyun.plugins.volunteers.shift.Rosters;
import org.qiaoyun.plugins.volunteers.training.Training;
import org.qiaoyun.plugins.volunteers.training.Trainings;
import org.qiaoyun.plugins.volunteers.volunteer.Registry;
import org.qiaoyun.plugins.volunteers.volunteer.Volunteer;
import org.qiaoyun.screens.FormErrors;

/**
 * The organisers' register of volunteers: find them by name, skill, language or dialect and district
 * (paged as the grid scrolls), register one, and open a record: hours and stars, training (record a
 * course), awards (nominate), and the certificate of service.
 */
public class RegisterView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ShiftDialog.SHANGHAI);

    final TextField name = new TextField();
    final TextField skill = new TextField();
    final TextField language = new TextField();
    final TextField district = new TextField();
    final Grid<Volunteer> volunteers = new Grid<>();
    final VerticalLayout record = new VerticalLayout();
    private final transient TenantScope tenant;
    /** Keeps ID numbers; null where the platform has no key for them, and then none are taken. */
    private final transient IdVault vault;
    private transient Registry registry;
    private boolean english;

    public RegisterView(TenantScope tenant, IdVault vault) {
        this.tenant = tenant;
        this.vault = vault;
        setId("vol-register-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        english = getLocale() != null && getLocale().getLanguage().equals("en");
        removeAll();
        if (!Permissions.organises(tenant)) {
            Paragraph denied = new Paragraph(english ? "The register is kept by organisers." : "志愿者名册仅限组织者和管理员查看。");
            denied.setId("vol-register-denied");
            add(denied);
            return;
        }
        registry = new Registry(tenant);
        add(new H2(english ? "Volunteer register" : "志愿者名册"));
        HorizontalLayout filters = new HorizontalLayout();
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filter(name, "vol-reg-name", english ? "Name" : "姓名", filters);
        filter(skill, "vol-reg-skill", english ? "Skill" : "技能", filters);
        filter(language, "vol-reg-language", english ? "Language or dialect" : "语言方言", filters);
        filter(district, "vol-reg-district", english ? "District" : "区域", filters);
        Button register = new Button(english ? "Register a volunteer" : "登记志愿者", e -> registerDialog());
        register.setId("vol-reg-new");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        filters.add(register);
        add(filters);

        volunteers.setId("vol-register");
        volunteers.removeAllColumns();
        volunteers.addColumn(Volunteer::name).setHeader(english ? "Name" : "姓名");
        volunteers.addColumn(Volunteer::skills).setHeader(english ? "Skills" : "技能");
        volunteers.addColumn(Volunteer::languages).setHeader(english ? "Languages" : "语言方言");
        volunteers.addColumn(Volunteer::district).setHeader(english ? "District" : "区域");
        volunteers.addColumn(v -> v.status() == Volunteer.Status.APPROVED ? (english ? "Approved" : "已审核") : (english ? "Pending" : "待审核"))
                .setHeader(english ? "Status" : "状态");
        volunteers.setItems(query -> registry.find(search(), query.getPage(), query.getPageSize()).items().stream(),
                query -> (int) registry.find(search(), 0, 1).total());
        volunteers.setEmptyStateText(english ? "No volunteer matches." : "没有符合条件的志愿者。");
        volunteers.setHeight("18em");
        volunteers.asSingleSelect().addValueChangeListener(e -> showRecord(e.getValue()));
        add(volunteers);
        record.setId("vol-record");
        record.setPadding(false);
        add(record);
    }

    private void filter(TextField field, String id, String label, HorizontalLayout into) {
        field.setId(id);
        field.setLabel(label);
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> volunteers.getDataProvider().refreshAll());
        into.add(field);
    }

    private Registry.Search search() {
        return new Registry.Search(name.getValue(), skill.getValue(), language.getValue(), district.getValue(), null);
    }

    /** A volunteer's record: hours, stars, training and awards, with what an organiser does there. */
    private void showRecord(Volunteer chosen) {
        record.removeAll();
        if (chosen == null) {
            return;
        }
        Registry.Standing standing = registry.standing(registry.record(chosen.id())); // audited: the record holds personal data
        Volunteer volunteer = standing.volunteer();
        record.add(new H3(volunteer.name()));
        Span hours = new Span((english ? "Hours served: " : "服务时长：") + String.format(Locale.ROOT, "%.1f", standing.minutesServed() / 60.0)
                + (standing.stars() == 0 ? "" : " · " + "★".repeat(standing.stars())));
        hours.setId("vol-record-hours");
        record.add(hours, new Paragraph((english ? "Phone: " : "电话：") + (volunteer.phone() == null ? "—" : volunteer.phone())
                + (english ? " · Available: " : " · 可服务时间：") + (volunteer.availability() == null ? "—" : volunteer.availability())));
        LocalDate today = LocalDate.now(tenant.clock().withZone(ShiftDialog.SHANGHAI));
        Span personal = new Span((english ? "ID number: " : "身份证号：") + (volunteer.idMasked() == null ? "—" : volunteer.idMasked())
                + (volunteer.birthYear() == null ? "" : (english ? " · born " : " · 出生年份：") + volunteer.birthYear())
                + (volunteer.isMinor(today) ? (english ? " · minor, guardian: " : " · 未成年，监护人：") + volunteer.guardianName()
                        + " " + volunteer.guardianPhone() : ""));
        personal.setId("vol-record-personal");
        record.add(personal);
        if (tenant.callerHas("admin") && volunteer.idMasked() != null) {
            Button reveal = new Button(english ? "Show the full ID number (audited)" : "查看完整身份证号（将记录审计）");
            reveal.setId("vol-record-reveal");
            reveal.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            reveal.addClickListener(e -> {
                personal.setText(personal.getText().replace(volunteer.idMasked(),
                        registry.revealId(volunteer.id(), vault)));
                reveal.setEnabled(false);
            });
            record.add(reveal);
        }
        Anchor certificate = new Anchor((DownloadHandler) download -> {
            download.setFileName("certificate-" + volunteer.name() + ".pdf");
            download.setContentType("application/pdf");
            new Certificates(tenant).issue(volunteer.id(), download.getOutputStream());
        }, english ? "Certificate of service (PDF)" : "志愿服务证明（PDF）");
        certificate.setId("vol-record-certificate");
        Button nominate = new Button(english ? "Nominate for an award" : "推荐评优", e -> nominateDialog(volunteer));
        nominate.setId("vol-record-nominate");
        Button details = new Button(english ? "Edit details" : "修改资料", e -> new DetailsDialog(registry, volunteer, english, changed -> {
            volunteers.getDataProvider().refreshAll();
            showRecord(changed);
        }).open());
        details.setId("vol-record-details");
        record.add(new HorizontalLayout(certificate, nominate, details));

        record.add(new H3(english ? "Hours ledger" : "服务记录"));
        Grid<Rosters.Served> ledger = new Grid<>();
        ledger.setId("vol-record-hours-ledger");
        ledger.addColumn(line -> DAY.format(line.shift().startsAt())).setHeader(english ? "Day" : "日期");
        ledger.addColumn(line -> line.shift().activity()).setHeader(english ? "Activity" : "活动");
        ledger.addColumn(line -> line.signUp().minutes()).setHeader(english ? "Minutes" : "分钟");
        ledger.addColumn(line -> line.signUp().correctionReason()).setHeader(english ? "Correction" : "更正原因");
        ledger.addColumn(line -> line.signUp().evaluation() == null ? "" : Labels.evaluation(line.signUp().evaluation(), english)
                + (line.signUp().evaluationNote() == null ? "" : "：" + line.signUp().evaluationNote())).setHeader(english ? "Evaluation" : "评价");
        ledger.setItems(new Rosters(tenant).ledger(volunteer.id()));
        ledger.setAllRowsVisible(true);
        ledger.setEmptyStateText(english ? "No hours served yet." : "尚无服务时长记录。");
        record.add(ledger);

        record.add(new H3(english ? "Training" : "培训记录"));
        Trainings trainings = new Trainings(tenant);
        Grid<Training> courses = new Grid<>();
        courses.setId("vol-record-trainings");
        courses.addColumn(Training::completedOn).setHeader(english ? "Completed" : "完成日期");
        courses.addColumn(Training::course).setHeader(english ? "Course" : "课程");
        courses.addColumn(Training::hours).setHeader(english ? "Hours" : "学时");
        courses.addColumn(Training::recordedBy).setHeader(english ? "Recorded by" : "记录人");
        courses.setItems(trainings.of(volunteer.id()));
        courses.setAllRowsVisible(true);
        courses.setEmptyStateText(english ? "No course on the record yet." : "尚无培训记录。");
        record.add(courses, trainingForm(volunteer, trainings));
        var awards = new Nominations(tenant).awardsOf(volunteer.id());
        awards.forEach(a -> record.add(new Paragraph((english ? "Award: " : "荣誉：") + a.year() + (english ? " " : "年度") + a.award())));
    }

    /** Recording a course: names used before are offered, a new one may be typed; the rules come back at the field. */
    private FormLayout trainingForm(Volunteer volunteer, Trainings trainings) {
        ComboBox<String> course = new ComboBox<>(english ? "Course" : "课程");
        course.setId("vol-training-course");
        course.setItems(trainings.courses());
        course.setAllowCustomValue(true);
        course.addCustomValueSetListener(e -> course.setValue(e.getDetail()));
        DatePicker on = new DatePicker(english ? "Completed on" : "完成日期", LocalDate.now(tenant.clock().withZone(ShiftDialog.SHANGHAI)));
        on.setId("vol-training-date");
        IntegerField hours = new IntegerField(english ? "Hours" : "学时");
        hours.setId("vol-training-hours");
        hours.setMin(1);
        Map<String, HasValidation> fields = Map.of("course", course, "completedOn", on, "hours", hours);
        Button save = new Button(english ? "Record the course" : "记录培训", e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                trainings.record(volunteer.id(), course.getValue(), on.getValue(), hours.getValue() == null ? 0 : hours.getValue());
                Notification.show(english ? "Recorded" : "已记录").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                showRecord(volunteer);
            } catch (InvalidInputException refused) {
                FormErrors.show(VolunteerWords.current(), refused, fields);
            }
        });
        save.setId("vol-training-save");
        return new FormLayout(course, on, hours, save);
    }

    private void nominateDialog(Volunteer volunteer) {
        Dialog dialog = new Dialog();
        dialog.setId("vol-nominate-dialog");
        dialog.setHeaderTitle((english ? "Nominate " : "推荐评优：") + volunteer.name());
        TextField award = new TextField(english ? "Award" : "荣誉名称");
        award.setId("vol-nominate-award");
        award.setValue("最美基层侨联志愿者");
        IntegerField year = new IntegerField(english ? "Year" : "年度");
        year.setId("vol-nominate-year");
        year.setValue(LocalDate.now(tenant.clock().withZone(ShiftDialog.SHANGHAI)).getYear());
        TextArea reason = new TextArea(english ? "Why (deeds, in a few sentences)" : "推荐理由（主要事迹）");
        reason.setId("vol-nominate-reason");
        reason.setMaxLength(1000);
        Map<String, HasValidation> fields = Map.of("award", award, "year", year, "reason", reason);
        Button save = new Button(english ? "Nominate" : "提交推荐", e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                new Nominations(tenant).propose(volunteer.id(), award.getValue(),
                        year.getValue() == null ? 0 : year.getValue(), reason.getValue());
                dialog.close();
                Notification.show(english ? "Nominated: the federation's admin decides" : "已提交推荐，待管理员审定")
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException refused) {
                FormErrors.show(VolunteerWords.current(), refused, fields);
            } catch (ConflictException refused) {
                FormErrors.show(VolunteerWords.current(), refused, fields);
            }
        });
        save.setId("vol-nominate-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(award, year, reason);
        form.setColspan(reason, 2);
        dialog.add(form);
        dialog.getFooter().add(new Button(english ? "Cancel" : "取消", e -> dialog.close()), save);
        dialog.open();
    }

    /** Registering: organisers register approved volunteers; the account is the person's platform user name. */
    private void registerDialog() {
        Dialog dialog = new Dialog();
        dialog.setId("vol-reg-dialog");
        dialog.setHeaderTitle(english ? "Register a volunteer" : "登记志愿者");
        VolunteerForm form = new VolunteerForm("vol-reg-form-", true, english);
        Map<String, HasValidation> fields = form.fields();
        Button save = new Button(english ? "Register" : "登记", e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                Volunteer registered = registry.register(form.values(null), vault);
                dialog.close();
                Notification.show((english ? "Registered: " : "已登记：") + registered.name()).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                volunteers.getDataProvider().refreshAll();
            } catch (InvalidInputException refused) {
                FormErrors.show(VolunteerWords.current(), refused, fields);
            } catch (ConflictException refused) {
                FormErrors.show(VolunteerWords.current(), refused, fields);
            }
        });
        save.setId("vol-reg-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(english ? "Cancel" : "取消", e -> dialog.close()), save);
        dialog.open();
    }
}
