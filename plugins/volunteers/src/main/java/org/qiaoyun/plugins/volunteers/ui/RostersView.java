package org.qiaoyun.plugins.volunteers.ui;

import java.util.Locale;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.streams.DownloadHandler;

import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.volunteers.Permissions;
import org.qiaoyun.plugins.volunteers.shift.Rosters;
import org.qiaoyun.plugins.volunteers.shift.Shift;
import org.qiaoyun.plugins.volunteers.shift.SignUp;
import org.qiaoyun.plugins.volunteers.shift.SignUpAction;
import org.qiaoyun.plugins.volunteers.volunteer.Registry;
import org.qiaoyun.plugins.volunteers.volunteer.Volunteer;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.ReasonDialog;

/**
 * An organiser's desk: volunteers waiting for approval (approve with one click), the shifts to come,
 * and the roster of the chosen shift with who is confirmed, who waits in which place, who checked in;
 * the organiser keeps attendance there (check in and out on the spot, correct minutes with a reason).
 */
public class RostersView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    /** Federations plan in Beijing time; the database keeps instants. */
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(SHANGHAI);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(SHANGHAI);

    final Grid<Volunteer> pending = new Grid<>();
    final Grid<Shift> shifts = new Grid<>();
    final Grid<SignUp> roster = new Grid<>();
    final Anchor export = new Anchor();
    /** Enters the hours of someone who served on the chosen (ended) shift without signing up (补录). */
    final Button enterAfterwards = new Button();
    private transient Rosters rosters;
    private transient Registry registry;
    private Shift shown;

    private final transient TenantScope tenant;

    public RostersView(TenantScope tenant) {
        this.tenant = tenant;
        setId("vol-rosters");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean english = getLocale() != null && getLocale().getLanguage().equals("en");
        removeAll();
        rosters = new Rosters(tenant);
        registry = new Registry(tenant);
        if (!Permissions.organises(tenant)) {
            // Said plainly on the page: the menu shows the desk to everyone who has the module.
            Paragraph denied = new Paragraph(VolunteerWords.say(english, "rosters.the-rosters-are-for-organisers"));
            denied.setId("vol-rosters-denied");
            add(denied);
            return;
        }
        add(new H2(VolunteerWords.say(english, "rosters.rosters")));

        add(new H3(VolunteerWords.say(english, "rosters.waiting-for-approval")));
        pending.setId("vol-pending");
        pending.removeAllColumns();
        pending.addColumn(Volunteer::name).setHeader(VolunteerWords.say(english, "register.name"));
        pending.addColumn(Volunteer::languages).setHeader(VolunteerWords.say(english, "register.languages"));
        pending.addComponentColumn(v -> {
            Button approve = new Button(VolunteerWords.say(english, "rosters.approve"), e -> {
                registry.approve(v.id());
                Notification.show((VolunteerWords.say(english, "rosters.approved")) + v.name());
                pending.setItems(registry.pending());
            });
            approve.setId("vol-approve-" + v.id());
            return approve;
        }).setKey("approve");
        pending.setItems(registry.pending());
        pending.setAllRowsVisible(true);
        pending.setEmptyStateText(VolunteerWords.say(english, "rosters.nobody-is-waiting"));
        add(pending);

        Button toActivities = new Button(VolunteerWords.say(english, "rosters.plan-activities-and-shifts"),
                e -> getUI().ifPresent(ui -> ui.navigate("t/" + tenant.tenantCode() + "/volunteers/activities")));
        toActivities.setId("vol-to-activities");
        toActivities.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(toActivities);

        add(new H3(VolunteerWords.say(english, "rosters.shifts-past-week-under-way-to")));
        shifts.setId("vol-shifts");
        shifts.removeAllColumns();
        shifts.addColumn(Shift::activity).setHeader(VolunteerWords.say(english, "activities.activity"));
        shifts.addColumn(s -> WHEN.format(s.startsAt())).setHeader(VolunteerWords.say(english, "activities.starts"));
        shifts.addColumn(Shift::place).setHeader(VolunteerWords.say(english, "activities.place"));
        shifts.addColumn(Shift::capacity).setHeader(VolunteerWords.say(english, "rosters.places"));
        shifts.addColumn(Shift::checkInCode).setHeader(VolunteerWords.say(english, "activities.check-in-code"));
        shifts.setItems(rosters.forAttendance(7, 200));
        shifts.setEmptyStateText(VolunteerWords.say(english, "rosters.no-shift-planned"));
        shifts.asSingleSelect().addValueChangeListener(e -> showRoster(e.getValue(), english));
        add(shifts);

        add(new H3(VolunteerWords.say(english, "rosters.roster")));
        export.setText(VolunteerWords.say(english, "rosters.export-the-roster-csv"));
        export.setId("vol-roster-export");
        export.setEnabled(false);
        enterAfterwards.setText(VolunteerWords.say(english, "rosters.enter-afterwards"));
        enterAfterwards.setId("vol-enter-afterwards");
        enterAfterwards.setVisible(false);
        enterAfterwards.addClickListener(e -> enterAfterwards(english));
        add(new HorizontalLayout(export, enterAfterwards));
        roster.setId("vol-roster");
        roster.setEmptyStateText(VolunteerWords.say(english, "rosters.choose-a-shift"));
        add(roster);
    }

    private void showRoster(Shift shift, boolean english) {
        shown = shift;
        export.setEnabled(shift != null);
        enterAfterwards.setVisible(shift != null && !shift.endsAt().isAfter(tenant.clock().instant()));
        if (shift != null) {
            export.setHref((DownloadHandler) download -> {
                download.setFileName("roster-" + DAY.format(shift.startsAt()) + ".csv");
                download.setContentType("text/csv; charset=UTF-8");
                rosters.export(shift.id(), download.getOutputStream(), english ? Locale.ENGLISH : Locale.CHINESE);
            });
        }
        roster.removeAllColumns();
        List<SignUp> signUps = shift == null ? List.of() : rosters.roster(shift.id());
        Map<String, String> names = registry.names(signUps.stream().map(SignUp::volunteerId).toList());
        Map<String, Integer> places = Rosters.waitingPlaces(signUps);
        roster.addColumn(s -> names.getOrDefault(s.volunteerId(), "?")).setHeader(VolunteerWords.say(english, "recognition.volunteer"));
        roster.addColumn(s -> switch (s.status()) {
            case CONFIRMED -> VolunteerWords.say(english, "mine.confirmed");
            case PENDING -> VolunteerWords.say(english, "rosters.to-confirm");
            case WAITING -> (VolunteerWords.say(english, "rosters.waiting")) + places.get(s.id());
            case CANCELLED -> VolunteerWords.say(english, "activities.cancelled");
            case NO_SHOW -> VolunteerWords.say(english, "mine.no-show");
        }).setHeader(VolunteerWords.say(english, "activities.status"));
        roster.addColumn(s -> s.checkedInAt() == null ? "" : WHEN.format(s.checkedInAt())).setHeader(VolunteerWords.say(english, "rosters.checked-in"));
        roster.addColumn(s -> s.checkedOutAt() == null ? "" : WHEN.format(s.checkedOutAt())).setHeader(VolunteerWords.say(english, "rosters.checked-out"));
        roster.addColumn(s -> s.minutes() == null ? "" : s.minutes() + (s.correctionReason() == null ? "" : " *"))
                .setHeader(VolunteerWords.say(english, "register.minutes"));
        roster.addColumn(s -> s.evaluation() == null ? "" : Labels.evaluation(s.evaluation(), english)).setHeader(VolunteerWords.say(english, "register.evaluation"));
        roster.addComponentColumn(s -> attendance(s, names.getOrDefault(s.volunteerId(), "?"), english))
                .setHeader(VolunteerWords.say(english, "rosters.attendance")).setKey("attendance").setAutoWidth(true);
        roster.setItems(signUps);
        roster.setEmptyStateText(shift == null ? (VolunteerWords.say(english, "rosters.choose-a-shift"))
                : (VolunteerWords.say(english, "rosters.nobody-signed-up-yet")));
    }

    /** The organiser keeps attendance on the spot: check a volunteer in or out, correct the minutes with a reason. */
    private HorizontalLayout attendance(SignUp signUp, String name, boolean english) {
        HorizontalLayout actions = new HorizontalLayout();
        java.util.Set<SignUpAction> allowed = signUp.actions(); // what the sign-up allows, as the domain declares it
        if (allowed.contains(SignUpAction.APPROVE)) {
            Button approve = new Button(VolunteerWords.say(english, "rosters.confirm"), e -> act(() -> rosters.approveSignUp(signUp.id()),
                    (VolunteerWords.say(english, "rosters.confirmed")) + name, english));
            approve.setId("vol-roster-approve-" + signUp.id());
            approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            actions.add(approve);
        }
        if (allowed.contains(SignUpAction.DECLINE)) {
            Button decline = new Button(VolunteerWords.say(english, "rosters.turn-down"), e -> decline(signUp, name, english));
            decline.setId("vol-roster-decline-" + signUp.id());
            decline.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            actions.add(decline);
        }
        if (allowed.contains(SignUpAction.CHECK_IN)) {
            Button in = new Button(VolunteerWords.say(english, "mine.check-in"), e -> act(() -> rosters.checkInAsOrganiser(signUp.id()),
                    (VolunteerWords.say(english, "rosters.checked-in-2")) + name, english));
            in.setId("vol-roster-in-" + signUp.id());
            actions.add(in);
        } else if (allowed.contains(SignUpAction.CHECK_OUT)) {
            Button out = new Button(VolunteerWords.say(english, "mine.check-out"), e -> act(() -> rosters.checkOut(signUp.id()),
                    (VolunteerWords.say(english, "rosters.checked-out-2")) + name, english));
            out.setId("vol-roster-out-" + signUp.id());
            actions.add(out);
        }
        if (allowed.contains(SignUpAction.EVALUATE)) {
            Button evaluate = new Button(VolunteerWords.say(english, "rosters.evaluate"), e -> evaluate(signUp, name, english));
            evaluate.setId("vol-roster-evaluate-" + signUp.id());
            evaluate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(evaluate);
        }
        boolean begun = !signUp.shiftStart().isAfter(tenant.clock().instant());
        boolean ended = !signUp.shiftEnd().isAfter(tenant.clock().instant());
        if (allowed.contains(SignUpAction.NO_SHOW) && begun) {
            Button noShow = new Button(VolunteerWords.say(english, "mine.no-show"), e -> act(() -> rosters.noShow(signUp.id()),
                    VolunteerWords.say(english, "rosters.no-show-recorded") + name, english));
            noShow.setId("vol-roster-no-show-" + signUp.id());
            noShow.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            actions.add(noShow);
        }
        if (allowed.contains(SignUpAction.CORRECT) && (signUp.checkedInAt() != null || ended)) { // a paper sheet's minutes too
            Button correct = new Button(VolunteerWords.say(english, "rosters.correct"), e -> correct(signUp, name, english));
            correct.setId("vol-roster-correct-" + signUp.id());
            correct.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(correct);
        }
        return actions;
    }

    /** Turning a sign-up down asks for the reason, which the volunteer sees on their screen. */
    private void decline(SignUp signUp, String name, boolean english) {
        new ReasonDialog(VolunteerWords.current(), new ReasonDialog.Wording("vol-decline", (VolunteerWords.say(english, "rosters.turn-down-2")) + name, null,
                VolunteerWords.say(english, "rosters.reason-the-volunteer-sees-it"), VolunteerWords.say(english, "rosters.keep"),
                VolunteerWords.say(english, "rosters.turn-down-3"), (VolunteerWords.say(english, "rosters.turned-down")) + name),
                reason -> rosters.declineSignUp(signUp.id(), reason), () -> showRoster(shown, english)).open();
    }

    /** The organiser evaluates the service given; a fail says why (the refusal shows at the note). */
    private void evaluate(SignUp signUp, String name, boolean english) {
        Dialog dialog = new Dialog();
        dialog.setId("vol-evaluate-dialog");
        dialog.setHeaderTitle((VolunteerWords.say(english, "rosters.evaluate-2")) + name);
        Select<SignUp.Evaluation> rating = new Select<>();
        rating.setId("vol-evaluate-rating");
        rating.setLabel(VolunteerWords.say(english, "register.evaluation"));
        rating.setItems(SignUp.Evaluation.values());
        rating.setItemLabelGenerator(e -> Labels.evaluation(e, english));
        rating.setValue(signUp.evaluation());
        TextField note = new TextField(VolunteerWords.say(english, "rosters.note"));
        note.setId("vol-evaluate-note");
        note.setWidthFull();
        note.setValue(signUp.evaluationNote() == null ? "" : signUp.evaluationNote());
        Map<String, HasValidation> fields = Map.of("evaluation", rating, "note", note);
        Button save = saver(dialog, VolunteerWords.say(english, "activities.save"), fields,
                () -> rosters.evaluate(signUp.id(), rating.getValue(), note.getValue()),
                () -> VolunteerWords.say(english, "rosters.evaluated") + name, english);
        save.setId("vol-evaluate-save");
        dialog.add(new FormLayout(rating, note));
        dialog.getFooter().add(new Button(VolunteerWords.say(english, "activities.cancel-2"), e -> dialog.close()), save);
        dialog.open();
    }

    /** Correcting the minutes asks for the reason, which goes with the correction into the audit log. */
    private void correct(SignUp signUp, String name, boolean english) {
        Dialog dialog = new Dialog();
        dialog.setId("vol-correct-dialog");
        dialog.setHeaderTitle((VolunteerWords.say(english, "rosters.correct-the-minutes-of")) + name);
        IntegerField minutes = new IntegerField(VolunteerWords.say(english, "rosters.minutes-served"));
        minutes.setId("vol-correct-minutes");
        minutes.setValue(signUp.minutes());
        minutes.setMin(0);
        TextField reason = new TextField(VolunteerWords.say(english, "rosters.reason"));
        reason.setId("vol-correct-reason");
        reason.setWidthFull();
        Map<String, HasValidation> fields = Map.of("minutes", minutes, "reason", reason);
        Button save = saver(dialog, VolunteerWords.say(english, "rosters.save-the-correction"), fields, () -> {
            requireMinutes(minutes, english);
            rosters.correct(signUp.id(), minutes.getValue(), reason.getValue());
        }, () -> VolunteerWords.say(english, "rosters.corrected") + name, english);
        save.setId("vol-correct-save");
        dialog.add(new FormLayout(minutes, reason));
        dialog.getFooter().add(new Button(VolunteerWords.say(english, "activities.cancel-2"), e -> dialog.close()), save);
        dialog.open();
    }

    /**
     * 补录: the organiser enters the minutes of a volunteer who served on the ended shift without signing up
     * (a walk-in, a paper sign-in sheet); the reason is required and goes into the audit log.
     */
    private void enterAfterwards(boolean english) {
        Dialog dialog = new Dialog();
        dialog.setId("vol-enter-dialog");
        dialog.setHeaderTitle(VolunteerWords.say(english, "rosters.enter-afterwards") + " · " + shown.activity());
        com.vaadin.flow.component.combobox.ComboBox<Volunteer> who = new com.vaadin.flow.component.combobox.ComboBox<>(
                VolunteerWords.say(english, "recognition.volunteer"));
        who.setId("vol-enter-volunteer");
        who.setItems(registry.find(new Registry.Search(null, null, null, null, Volunteer.Status.APPROVED), 0, 200).items());
        who.setItemLabelGenerator(Volunteer::name);
        who.setWidthFull();
        IntegerField minutes = new IntegerField(VolunteerWords.say(english, "rosters.minutes-served"));
        minutes.setId("vol-enter-minutes");
        minutes.setMin(0);
        minutes.setValue((int) java.time.Duration.between(shown.startsAt(), shown.endsAt()).toMinutes());
        TextField reason = new TextField(VolunteerWords.say(english, "rosters.enter-reason"));
        reason.setId("vol-enter-reason");
        reason.setPlaceholder(VolunteerWords.say(english, "rosters.enter-reason-hint"));
        reason.setWidthFull();
        Map<String, HasValidation> fields = Map.of("volunteerId", who, "minutes", minutes, "reason", reason);
        Button save = saver(dialog, VolunteerWords.say(english, "activities.save"), fields, () -> {
            requireMinutes(minutes, english);
            rosters.enterAfterwards(shown.id(), who.getValue() == null ? null : who.getValue().id(), minutes.getValue(),
                    reason.getValue());
        }, () -> VolunteerWords.say(english, "rosters.entered") + who.getValue().name(), english);
        save.setId("vol-enter-save");
        dialog.add(new FormLayout(who, minutes, reason));
        dialog.getFooter().add(new Button(VolunteerWords.say(english, "activities.cancel-2"), e -> dialog.close()), save);
        dialog.open();
    }

    /**
     * A dialog's save button: runs the work, closes the dialog and says it is done; a refusal shows at the field
     * it names (the dialog stays open), a conflict as a notice.
     */
    private Button saver(Dialog dialog, String label, Map<String, HasValidation> fields, Runnable work, java.util.function.Supplier<String> done,
                          boolean english) {
        Button save = new Button(label, e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                work.run();
                dialog.close();
                Notification.show(done.get()).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                showRoster(shown, english);
            } catch (InvalidInputException refused) {
                FormErrors.show(VolunteerWords.current(), refused, fields);
            } catch (ConflictException refused) {
                Attempt.refused(VolunteerWords.current().of(refused));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return save;
    }

    /** The minutes field left empty is refused at the field, in the screen's words, before the domain is asked. */
    private static void requireMinutes(IntegerField minutes, boolean english) {
        if (minutes.getValue() == null) {
            throw new InvalidInputException("minutes", org.qiaoyun.api.Text.of("volunteers.request.minutes-required"));
        }
    }

    private void act(Runnable action, String done, boolean english) {
        try {
            action.run();
            Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException | ConflictException | PermissionDeniedException refused) {
            Attempt.refused(VolunteerWords.current().of(refused));
        }
        showRoster(shown, english);
    }
}
