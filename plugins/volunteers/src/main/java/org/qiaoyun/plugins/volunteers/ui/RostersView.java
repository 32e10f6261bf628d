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
            Paragraph denied = new Paragraph(english ? "The rosters are for organisers." : "排班与审核仅限组织者和管理员。");
            denied.setId("vol-rosters-denied");
            add(denied);
            return;
        }
        add(new H2(english ? "Rosters" : "排班与审核"));

        add(new H3(english ? "Waiting for approval" : "待审核的志愿者"));
        pending.setId("vol-pending");
        pending.removeAllColumns();
        pending.addColumn(Volunteer::name).setHeader(english ? "Name" : "姓名");
        pending.addColumn(Volunteer::languages).setHeader(english ? "Languages" : "语言方言");
        pending.addComponentColumn(v -> {
            Button approve = new Button(english ? "Approve" : "通过", e -> {
                registry.approve(v.id());
                Notification.show((english ? "Approved: " : "已通过：") + v.name());
                pending.setItems(registry.pending());
            });
            approve.setId("vol-approve-" + v.id());
            return approve;
        }).setKey("approve");
        pending.setItems(registry.pending());
        pending.setAllRowsVisible(true);
        pending.setEmptyStateText(english ? "Nobody is waiting." : "没有待审核的志愿者。");
        add(pending);

        Button toActivities = new Button(english ? "Plan activities and shifts" : "活动与班次管理",
                e -> getUI().ifPresent(ui -> ui.navigate("t/" + tenant.tenantCode() + "/volunteers/activities")));
        toActivities.setId("vol-to-activities");
        toActivities.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(toActivities);

        add(new H3(english ? "Shifts (past week, under way, to come)" : "班次（近七天、进行中、即将开始）"));
        shifts.setId("vol-shifts");
        shifts.removeAllColumns();
        shifts.addColumn(Shift::activity).setHeader(english ? "Activity" : "活动");
        shifts.addColumn(s -> WHEN.format(s.startsAt())).setHeader(english ? "Starts" : "开始");
        shifts.addColumn(Shift::place).setHeader(english ? "Place" : "地点");
        shifts.addColumn(Shift::capacity).setHeader(english ? "Places" : "名额");
        shifts.addColumn(Shift::checkInCode).setHeader(english ? "Check-in code" : "签到码");
        shifts.setItems(rosters.forAttendance(7, 200));
        shifts.setEmptyStateText(english ? "No shift planned." : "尚无班次。");
        shifts.asSingleSelect().addValueChangeListener(e -> showRoster(e.getValue(), english));
        add(shifts);

        add(new H3(english ? "Roster" : "名单"));
        export.setText(english ? "Export the roster (CSV)" : "导出名单（CSV）");
        export.setId("vol-roster-export");
        export.setEnabled(false);
        add(export);
        roster.setId("vol-roster");
        roster.setEmptyStateText(english ? "Choose a shift." : "请选择班次。");
        add(roster);
    }

    private void showRoster(Shift shift, boolean english) {
        shown = shift;
        export.setEnabled(shift != null);
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
        roster.addColumn(s -> names.getOrDefault(s.volunteerId(), "?")).setHeader(english ? "Volunteer" : "志愿者");
        roster.addColumn(s -> switch (s.status()) {
            case CONFIRMED -> english ? "Confirmed" : "已确认";
            case PENDING -> english ? "To confirm" : "待确认";
            case WAITING -> (english ? "Waiting #" : "候补 #") + places.get(s.id());
            case CANCELLED -> english ? "Cancelled" : "已取消";
        }).setHeader(english ? "Status" : "状态");
        roster.addColumn(s -> s.checkedInAt() == null ? "" : WHEN.format(s.checkedInAt())).setHeader(english ? "Checked in" : "签到");
        roster.addColumn(s -> s.checkedOutAt() == null ? "" : WHEN.format(s.checkedOutAt())).setHeader(english ? "Checked out" : "签退");
        roster.addColumn(s -> s.minutes() == null ? "" : s.minutes() + (s.correctionReason() == null ? "" : " *"))
                .setHeader(english ? "Minutes" : "分钟");
        roster.addColumn(s -> s.evaluation() == null ? "" : Labels.evaluation(s.evaluation(), english)).setHeader(english ? "Evaluation" : "评价");
        roster.addComponentColumn(s -> attendance(s, names.getOrDefault(s.volunteerId(), "?"), english))
                .setHeader(english ? "Attendance" : "考勤").setKey("attendance").setAutoWidth(true);
        roster.setItems(signUps);
        roster.setEmptyStateText(shift == null ? (english ? "Choose a shift." : "请选择班次。")
                : (english ? "Nobody signed up yet." : "还没有人报名。"));
    }

    /** The organiser keeps attendance on the spot: check a volunteer in or out, correct the minutes with a reason. */
    private HorizontalLayout attendance(SignUp signUp, String name, boolean english) {
        HorizontalLayout actions = new HorizontalLayout();
        if (signUp.status() == SignUp.Status.PENDING) {
            Button approve = new Button(english ? "Confirm" : "确认录用", e -> act(() -> rosters.approveSignUp(signUp.id()),
                    (english ? "Confirmed: " : "已确认：") + name, english));
            approve.setId("vol-roster-approve-" + signUp.id());
            approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            actions.add(approve);
        }
        if (signUp.status() == SignUp.Status.PENDING || signUp.status() == SignUp.Status.WAITING) {
            Button decline = new Button(english ? "Turn down" : "不录用", e -> decline(signUp, name, english));
            decline.setId("vol-roster-decline-" + signUp.id());
            decline.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            actions.add(decline);
        }
        if (signUp.status() == SignUp.Status.CONFIRMED && signUp.checkedInAt() == null) {
            Button in = new Button(english ? "Check in" : "签到", e -> act(() -> rosters.checkInAsOrganiser(signUp.id()),
                    (english ? "Checked in: " : "已签到：") + name, english));
            in.setId("vol-roster-in-" + signUp.id());
            actions.add(in);
        } else if (signUp.checkedInAt() != null && signUp.checkedOutAt() == null) {
            Button out = new Button(english ? "Check out" : "签退", e -> act(() -> rosters.checkOut(signUp.id()),
                    (english ? "Checked out: " : "已签退：") + name, english));
            out.setId("vol-roster-out-" + signUp.id());
            actions.add(out);
        }
        if (signUp.minutes() != null) {
            Button evaluate = new Button(english ? "Evaluate" : "评价", e -> evaluate(signUp, name, english));
            evaluate.setId("vol-roster-evaluate-" + signUp.id());
            evaluate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(evaluate);
        }
        if (signUp.checkedInAt() != null) {
            Button correct = new Button(english ? "Correct" : "更正时长", e -> correct(signUp, name, english));
            correct.setId("vol-roster-correct-" + signUp.id());
            correct.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(correct);
        }
        return actions;
    }

    /** Turning a sign-up down asks for the reason, which the volunteer sees on their screen. */
    private void decline(SignUp signUp, String name, boolean english) {
        new ReasonDialog(VolunteerWords.current(), new ReasonDialog.Wording("vol-decline", (english ? "Turn down " : "不录用：") + name, null,
                english ? "Reason (the volunteer sees it)" : "原因（志愿者可见）", english ? "Keep" : "返回",
                english ? "Turn down" : "确认不录用", (english ? "Turned down: " : "已不录用：") + name),
                reason -> rosters.declineSignUp(signUp.id(), reason), () -> showRoster(shown, english)).open();
    }

    /** The organiser evaluates the service given; a fail says why (the refusal shows at the note). */
    private void evaluate(SignUp signUp, String name, boolean english) {
        Dialog dialog = new Dialog();
        dialog.setId("vol-evaluate-dialog");
        dialog.setHeaderTitle((english ? "Evaluate " : "服务评价：") + name);
        Select<SignUp.Evaluation> rating = new Select<>();
        rating.setId("vol-evaluate-rating");
        rating.setLabel(english ? "Evaluation" : "评价");
        rating.setItems(SignUp.Evaluation.values());
        rating.setItemLabelGenerator(e -> Labels.evaluation(e, english));
        rating.setValue(signUp.evaluation());
        TextField note = new TextField(english ? "Note" : "评语");
        note.setId("vol-evaluate-note");
        note.setWidthFull();
        note.setValue(signUp.evaluationNote() == null ? "" : signUp.evaluationNote());
        Map<String, HasValidation> fields = Map.of("evaluation", rating, "note", note);
        Button save = new Button(english ? "Save" : "保存", e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                rosters.evaluate(signUp.id(), rating.getValue(), note.getValue());
                dialog.close();
                Notification.show((english ? "Evaluated: " : "已评价：") + name).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                showRoster(shown, english);
            } catch (InvalidInputException refused) {
                FormErrors.show(VolunteerWords.current(), refused, fields);
            } catch (ConflictException refused) {
                Attempt.refused(VolunteerWords.current().of(refused));
            }
        });
        save.setId("vol-evaluate-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(rating, note));
        dialog.getFooter().add(new Button(english ? "Cancel" : "取消", e -> dialog.close()), save);
        dialog.open();
    }

    /** Correcting the minutes asks for the reason, which goes with the correction into the audit log. */
    private void correct(SignUp signUp, String name, boolean english) {
        Dialog dialog = new Dialog();
        dialog.setId("vol-correct-dialog");
        dialog.setHeaderTitle((english ? "Correct the minutes of " : "更正服务时长：") + name);
        IntegerField minutes = new IntegerField(english ? "Minutes served" : "服务分钟数");
        minutes.setId("vol-correct-minutes");
        minutes.setValue(signUp.minutes());
        minutes.setMin(0);
        TextField reason = new TextField(english ? "Reason" : "更正原因");
        reason.setId("vol-correct-reason");
        reason.setWidthFull();
        Map<String, HasValidation> fields = Map.of("minutes", minutes, "reason", reason);
        Button save = new Button(english ? "Save the correction" : "保存更正", e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            if (minutes.getValue() == null) {
                minutes.setErrorMessage(english ? "the minutes are required" : "请填写分钟数");
                minutes.setInvalid(true);
                return;
            }
            try {
                rosters.correct(signUp.id(), minutes.getValue(), reason.getValue());
                dialog.close();
                Notification.show((english ? "Corrected: " : "已更正：") + name).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                showRoster(shown, english);
            } catch (InvalidInputException refused) {
                FormErrors.show(VolunteerWords.current(), refused, fields);
            } catch (ConflictException refused) {
                Attempt.refused(VolunteerWords.current().of(refused));
            }
        });
        save.setId("vol-correct-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(minutes, reason));
        dialog.getFooter().add(new Button(english ? "Cancel" : "取消", e -> dialog.close()), save);
        dialog.open();
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
