package org.qiaoyun.plugins.volunteers.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.streams.DownloadHandler;

import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.volunteers.VolunteersModule;
import org.qiaoyun.plugins.volunteers.shift.Rosters;
import org.qiaoyun.plugins.volunteers.shift.Shift;
import org.qiaoyun.plugins.volunteers.shift.SignUp;
import org.qiaoyun.plugins.volunteers.volunteer.Volunteer;

/**
 * An organiser's desk: volunteers waiting for approval (approve with one click), the shifts to come,
 * and the roster of the chosen shift with who is confirmed, who waits in which place, who checked in.
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

    public RostersView() {
        setId("vol-rosters");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        TenantScope tenant = VolunteersModule.context().currentTenant().orElseThrow();
        boolean english = getLocale() != null && getLocale().getLanguage().equals("en");
        removeAll();
        rosters = new Rosters(tenant, Clock.systemUTC());
        if (!rosters.callerOrganises()) {
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
                rosters.approve(v.id());
                Notification.show((english ? "Approved: " : "已通过：") + v.name());
                pending.setItems(rosters.pending());
            });
            approve.setId("vol-approve-" + v.id());
            return approve;
        }).setKey("approve");
        pending.setItems(rosters.pending());
        pending.setAllRowsVisible(true);
        pending.setEmptyStateText(english ? "Nobody is waiting." : "没有待审核的志愿者。");
        add(pending);

        add(new H3(english ? "Plan a shift" : "新建班次"), planForm(english));

        add(new H3(english ? "Shifts to come" : "即将开始的班次"));
        shifts.setId("vol-shifts");
        shifts.removeAllColumns();
        shifts.addColumn(Shift::activity).setHeader(english ? "Activity" : "活动");
        shifts.addColumn(s -> WHEN.format(s.startsAt())).setHeader(english ? "Starts" : "开始");
        shifts.addColumn(Shift::place).setHeader(english ? "Place" : "地点");
        shifts.addColumn(Shift::capacity).setHeader(english ? "Places" : "名额");
        shifts.addColumn(Shift::checkInCode).setHeader(english ? "Check-in code" : "签到码");
        shifts.setItems(rosters.upcoming(100));
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

    /** The planning form: the domain's rules (an end after the start, at least one place) come back at the field. */
    private FormLayout planForm(boolean english) {
        TextField activity = new TextField(english ? "Activity" : "活动");
        activity.setId("vol-plan-activity");
        TextField place = new TextField(english ? "Place" : "地点");
        place.setId("vol-plan-place");
        DateTimePicker start = new DateTimePicker(english ? "Starts" : "开始时间");
        start.setId("vol-plan-start");
        DateTimePicker end = new DateTimePicker(english ? "Ends" : "结束时间");
        end.setId("vol-plan-end");
        IntegerField capacity = new IntegerField(english ? "Places" : "名额");
        capacity.setId("vol-plan-capacity");
        capacity.setMin(1);
        capacity.setStepButtonsVisible(true);
        TextField skills = new TextField(english ? "Skills wanted" : "所需技能");
        skills.setId("vol-plan-skills");
        Map<String, HasValidation> fields = Map.of("activity", activity, "place", place, "startsAt", start, "endsAt", end,
                "capacity", capacity);
        Button plan = new Button(english ? "Plan the shift" : "发布班次");
        plan.setId("vol-plan");
        plan.addClickListener(e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            if (start.getValue() == null) {
                start.setErrorMessage(english ? "the start is required" : "请填写开始时间");
                start.setInvalid(true);
                return;
            }
            try {
                Shift planned = rosters.plan(Shift.plan(activity.getValue(), place.getValue(),
                        start.getValue().atZone(SHANGHAI).toInstant(),
                        end.getValue() == null ? null : end.getValue().atZone(SHANGHAI).toInstant(),
                        capacity.getValue() == null ? 0 : capacity.getValue(), skills.getValue(), null));
                Notification.show((english ? "Planned: " : "已发布：") + planned.activity() + " " + WHEN.format(planned.startsAt()));
                shifts.setItems(rosters.upcoming(100));
                activity.clear();
                place.clear();
                start.clear();
                end.clear();
                capacity.clear();
                skills.clear();
            } catch (InvalidInputException refused) {
                HasValidation target = refused.field() == null ? null : fields.get(refused.field());
                if (target == null) {
                    Notification.show(refused.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
                } else {
                    target.setErrorMessage(refused.getMessage());
                    target.setInvalid(true);
                }
            }
        });
        FormLayout form = new FormLayout(activity, place, start, end, capacity, skills, plan);
        form.setId("vol-plan-form");
        return form;
    }

    private void showRoster(Shift shift, boolean english) {
        export.setEnabled(shift != null);
        if (shift != null) {
            export.setHref((DownloadHandler) download -> {
                download.setFileName("roster-" + DAY.format(shift.startsAt()) + ".csv");
                download.setContentType("text/csv; charset=UTF-8");
                rosters.export(shift.id(), download.getOutputStream());
            });
        }
        roster.removeAllColumns();
        List<SignUp> signUps = shift == null ? List.of() : rosters.roster(shift.id());
        Map<String, String> names = rosters.names(signUps.stream().map(SignUp::volunteerId).toList());
        Map<String, Integer> places = Rosters.waitingPlaces(signUps);
        roster.addColumn(s -> names.getOrDefault(s.volunteerId(), "?")).setHeader(english ? "Volunteer" : "志愿者");
        roster.addColumn(s -> switch (s.status()) {
            case CONFIRMED -> english ? "Confirmed" : "已确认";
            case WAITING -> (english ? "Waiting #" : "候补 #") + places.get(s.id());
            case CANCELLED -> english ? "Cancelled" : "已取消";
        }).setHeader(english ? "Status" : "状态");
        roster.addColumn(s -> s.checkedInAt() == null ? "" : WHEN.format(s.checkedInAt())).setHeader(english ? "Checked in" : "签到");
        roster.addColumn(s -> s.minutes() == null ? "" : s.minutes().toString()).setHeader(english ? "Minutes" : "分钟");
        roster.setItems(signUps);
        roster.setEmptyStateText(shift == null ? (english ? "Choose a shift." : "请选择班次。")
                : (english ? "Nobody signed up yet." : "还没有人报名。"));
    }
}
