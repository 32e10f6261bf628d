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
            Paragraph denied = new Paragraph(VolunteerWords.say(english, "register.the-register-is-kept-by-organisers"));
            denied.setId("vol-register-denied");
            add(denied);
            return;
        }
        registry = new Registry(tenant);
        add(new H2(VolunteerWords.say(english, "register.volunteer-register")));
        HorizontalLayout filters = new HorizontalLayout();
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filter(name, "vol-reg-name", VolunteerWords.say(english, "register.name"), filters);
        filter(skill, "vol-reg-skill", VolunteerWords.say(english, "register.skill"), filters);
        filter(language, "vol-reg-language", VolunteerWords.say(english, "register.language-or-dialect"), filters);
        filter(district, "vol-reg-district", VolunteerWords.say(english, "activities.district"), filters);
        Button register = new Button(VolunteerWords.say(english, "register.register-a-volunteer"), e -> registerDialog());
        register.setId("vol-reg-new");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        filters.add(register);
        add(filters);

        volunteers.setId("vol-register");
        volunteers.removeAllColumns();
        volunteers.addColumn(Volunteer::name).setHeader(VolunteerWords.say(english, "register.name"));
        volunteers.addColumn(Volunteer::skills).setHeader(VolunteerWords.say(english, "activities.skills"));
        volunteers.addColumn(Volunteer::languages).setHeader(VolunteerWords.say(english, "register.languages"));
        volunteers.addColumn(Volunteer::district).setHeader(VolunteerWords.say(english, "activities.district"));
        volunteers.addColumn(v -> v.status() == Volunteer.Status.APPROVED ? (VolunteerWords.say(english, "register.approved")) : (VolunteerWords.say(english, "register.pending")))
                .setHeader(VolunteerWords.say(english, "activities.status"));
        volunteers.setItems(query -> registry.find(search(), query.getPage(), query.getPageSize()).items().stream(),
                query -> (int) registry.find(search(), 0, 1).total());
        volunteers.setEmptyStateText(VolunteerWords.say(english, "register.no-volunteer-matches"));
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
        Span hours = new Span(VolunteerWords.current().get("mine.hours-with-unit", String.format(Locale.ROOT, "%.1f", standing.minutesServed() / 60.0))
                + (standing.stars() == 0 ? "" : " · " + "★".repeat(standing.stars())));
        hours.setId("vol-record-hours");
        record.add(hours, new Paragraph((VolunteerWords.say(english, "register.phone")) + (volunteer.phone() == null ? "—" : volunteer.phone())
                + (VolunteerWords.say(english, "register.available")) + (volunteer.availability() == null ? "—" : volunteer.availability())));
        LocalDate today = LocalDate.now(tenant.clock().withZone(ShiftDialog.SHANGHAI));
        String kind = volunteer.documentKind() == null ? "" : org.qiaoyun.api.Text.of(volunteer.documentKind().textCode())
                .in(english ? org.qiaoyun.api.Text.ENGLISH : org.qiaoyun.api.Text.CHINESE, RegisterView.class.getClassLoader())
                + (volunteer.issuingCountry() == null ? "" : " " + volunteer.issuingCountry()) + " ";
        Span personal = new Span((VolunteerWords.say(english, "register.id-number")) + (volunteer.idMasked() == null ? "—" : kind + volunteer.idMasked())
                + (volunteer.birthYear() == null ? "" : (VolunteerWords.say(english, "register.born")) + volunteer.birthYear())
                + (volunteer.isMinor(today) ? (VolunteerWords.say(english, "register.minor-guardian")) + volunteer.guardianName()
                        + " " + volunteer.guardianPhone() : ""));
        personal.setId("vol-record-personal");
        record.add(personal);
        if (tenant.callerHas("admin") && volunteer.idMasked() != null) {
            Button reveal = new Button(VolunteerWords.say(english, "register.show-the-full-id-number-audited"));
            reveal.setId("vol-record-reveal");
            reveal.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            reveal.addClickListener(e -> {
                personal.setText(personal.getText().replace(volunteer.idMasked(),
                        registry.revealId(volunteer.id(), vault)));
                reveal.setEnabled(false);
            });
            record.add(reveal);
        }
        record.add(new ServiceStatusPanel(tenant, volunteer, english, () -> {
            volunteers.getDataProvider().refreshAll();
            showRecord(registry.volunteer(volunteer.id()));
        }));
        Anchor certificate = new Anchor((DownloadHandler) download -> {
            download.setFileName("certificate-" + volunteer.name() + ".pdf");
            download.setContentType("application/pdf");
            new Certificates(tenant).issue(volunteer.id(), download.getOutputStream());
        }, VolunteerWords.say(english, "register.certificate-of-service-pdf"));
        certificate.setId("vol-record-certificate");
        certificate.setVisible(standing.minutesServed() > 0); // nothing to certify without hours (refused by the domain too)
        Button nominate = new Button(VolunteerWords.say(english, "register.nominate-for-an-award"), e -> nominateDialog(volunteer));
        nominate.setId("vol-record-nominate");
        Button details = new Button(VolunteerWords.say(english, "register.edit-details"), e -> new DetailsDialog(registry, volunteer, english, changed -> {
            volunteers.getDataProvider().refreshAll();
            showRecord(changed);
        }).open());
        details.setId("vol-record-details");
        record.add(new HorizontalLayout(certificate, nominate, details));

        record.add(new H3(VolunteerWords.say(english, "register.hours-ledger")));
        Grid<Rosters.Served> ledger = new Grid<>();
        ledger.setId("vol-record-hours-ledger");
        ledger.addColumn(line -> DAY.format(line.shift().startsAt())).setHeader(VolunteerWords.say(english, "register.day"));
        ledger.addColumn(line -> line.shift().activity()).setHeader(VolunteerWords.say(english, "activities.activity"));
        ledger.addColumn(line -> line.signUp().status() == org.qiaoyun.plugins.volunteers.shift.SignUp.Status.NO_SHOW
                ? VolunteerWords.say(english, "mine.no-show") : String.valueOf(line.signUp().minutes()))
                .setHeader(VolunteerWords.say(english, "register.minutes"));
        ledger.addColumn(line -> line.signUp().correctionReason() == null ? "" : (line.signUp().enteredAfterwards()
                ? VolunteerWords.say(english, "register.entered-afterwards") : "") + line.signUp().correctionReason()).setHeader(VolunteerWords.say(english, "register.correction"));
        ledger.addColumn(line -> line.signUp().evaluation() == null ? "" : Labels.evaluation(line.signUp().evaluation(), english)
                + (line.signUp().evaluationNote() == null ? "" : "：" + line.signUp().evaluationNote())).setHeader(VolunteerWords.say(english, "register.evaluation"));
        ledger.setItems(new Rosters(tenant).ledger(volunteer.id()));
        ledger.setAllRowsVisible(true);
        ledger.setEmptyStateText(VolunteerWords.say(english, "mine.no-hours-served-yet"));
        record.add(ledger);

        record.add(new H3(VolunteerWords.say(english, "register.training")));
        Trainings trainings = new Trainings(tenant);
        Grid<Training> courses = new Grid<>();
        courses.setId("vol-record-trainings");
        courses.addColumn(Training::completedOn).setHeader(VolunteerWords.say(english, "register.completed"));
        courses.addColumn(Training::course).setHeader(VolunteerWords.say(english, "register.course"));
        courses.addColumn(Training::hours).setHeader(VolunteerWords.say(english, "register.hours"));
        courses.addColumn(Training::recordedBy).setHeader(VolunteerWords.say(english, "register.recorded-by"));
        courses.setItems(trainings.of(volunteer.id()));
        courses.setAllRowsVisible(true);
        courses.setEmptyStateText(VolunteerWords.say(english, "register.no-course-on-the-record-yet"));
        record.add(courses, trainingForm(volunteer, trainings));
        var awards = new Nominations(tenant).awardsOf(volunteer.id());
        awards.forEach(a -> record.add(new Paragraph((VolunteerWords.say(english, "mine.award")) + a.year() + (VolunteerWords.say(english, "mine.text-2")) + a.award())));
    }

    /** Recording a course: names used before are offered, a new one may be typed; the rules come back at the field. */
    private FormLayout trainingForm(Volunteer volunteer, Trainings trainings) {
        ComboBox<String> course = new ComboBox<>(VolunteerWords.say(english, "register.course"));
        course.setId("vol-training-course");
        course.setItems(trainings.courses());
        course.setAllowCustomValue(true);
        course.addCustomValueSetListener(e -> course.setValue(e.getDetail()));
        DatePicker on = new DatePicker(VolunteerWords.say(english, "register.completed-on"), LocalDate.now(tenant.clock().withZone(ShiftDialog.SHANGHAI)));
        on.setId("vol-training-date");
        IntegerField hours = new IntegerField(VolunteerWords.say(english, "register.hours"));
        hours.setId("vol-training-hours");
        hours.setMin(1);
        Map<String, HasValidation> fields = Map.of("course", course, "completedOn", on, "hours", hours);
        Button save = new Button(VolunteerWords.say(english, "register.record-the-course"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                trainings.record(volunteer.id(), course.getValue(), on.getValue(), hours.getValue() == null ? 0 : hours.getValue());
                Notification.show(VolunteerWords.say(english, "register.recorded")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
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
        dialog.setHeaderTitle((VolunteerWords.say(english, "register.nominate")) + volunteer.name());
        TextField award = new TextField(VolunteerWords.say(english, "register.award"));
        award.setId("vol-nominate-award");
        award.setValue("最美基层侨联志愿者");
        IntegerField year = new IntegerField(VolunteerWords.say(english, "register.year"));
        year.setId("vol-nominate-year");
        year.setValue(LocalDate.now(tenant.clock().withZone(ShiftDialog.SHANGHAI)).getYear());
        TextArea reason = new TextArea(VolunteerWords.say(english, "register.why-deeds-in-a-few-sentences"));
        reason.setId("vol-nominate-reason");
        reason.setMaxLength(1000);
        Map<String, HasValidation> fields = Map.of("award", award, "year", year, "reason", reason);
        Button save = new Button(VolunteerWords.say(english, "register.nominate-2"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                new Nominations(tenant).propose(volunteer.id(), award.getValue(),
                        year.getValue() == null ? 0 : year.getValue(), reason.getValue());
                dialog.close();
                Notification.show(VolunteerWords.say(english, "register.nominated-the-federation-s-admin-decides"))
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
        dialog.getFooter().add(new Button(VolunteerWords.say(english, "activities.cancel-2"), e -> dialog.close()), save);
        dialog.open();
    }

    /** Registering: organisers register approved volunteers; the account is the person's platform user name. */
    private void registerDialog() {
        Dialog dialog = new Dialog();
        dialog.setId("vol-reg-dialog");
        dialog.setHeaderTitle(VolunteerWords.say(english, "register.register-a-volunteer"));
        VolunteerForm form = new VolunteerForm("vol-reg-form-", true, english);
        Map<String, HasValidation> fields = form.fields();
        Button save = new Button(VolunteerWords.say(english, "register.register"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                Volunteer registered = registry.register(form.values(null), vault);
                dialog.close();
                Notification.show((VolunteerWords.say(english, "register.registered")) + registered.name()).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
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
        dialog.getFooter().add(new Button(VolunteerWords.say(english, "activities.cancel-2"), e -> dialog.close()), save);
        dialog.open();
    }
}
