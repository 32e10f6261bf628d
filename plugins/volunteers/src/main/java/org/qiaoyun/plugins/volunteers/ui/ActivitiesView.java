package org.qiaoyun.plugins.volunteers.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.volunteers.Permissions;
import org.qiaoyun.plugins.volunteers.activity.Activities;
import org.qiaoyun.plugins.volunteers.activity.Activity;
import org.qiaoyun.plugins.volunteers.shift.Rosters;
import org.qiaoyun.plugins.volunteers.shift.Shift;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.ReasonDialog;

/**
 * The organiser's activities: find them (title, cancelled ones on request; paged as the grid scrolls),
 * create and describe them, and plan, change and cancel their shifts. Cancelling an activity or a shift
 * asks for a reason and says what it will cancel before it does.
 */
public class ActivitiesView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    final TextField search = new TextField();
    final Checkbox withCancelled = new Checkbox();
    final Grid<Activity> activities = new Grid<>();
    final VerticalLayout detail = new VerticalLayout();
    final Grid<Shift> shifts = new Grid<>();
    private transient Activities register;
    private transient Rosters rosters;
    private boolean english;

    private final transient TenantScope tenant;

    public ActivitiesView(TenantScope tenant) {
        this.tenant = tenant;
        setId("vol-activities-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        english = getLocale() != null && getLocale().getLanguage().equals("en");
        removeAll();
        if (!Permissions.organises(tenant)) {
            Paragraph denied = new Paragraph(english ? "Activities are planned by organisers." : "活动与班次仅限组织者和管理员管理。");
            denied.setId("vol-activities-denied");
            add(denied);
            return;
        }
        register = new Activities(tenant);
        rosters = new Rosters(tenant);
        add(new H2(english ? "Activities and shifts" : "活动与班次"));

        search.setId("vol-act-search");
        search.setPlaceholder(english ? "Search by title" : "按名称搜索");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> activities.getDataProvider().refreshAll());
        withCancelled.setLabel(english ? "Show cancelled" : "显示已取消");
        withCancelled.setId("vol-act-cancelled");
        withCancelled.addValueChangeListener(e -> activities.getDataProvider().refreshAll());
        Button create = new Button(english ? "New activity" : "新建活动", e -> activityDialog(null));
        create.setId("vol-act-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(search, withCancelled, create);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(bar);

        activities.setId("vol-activities");
        activities.removeAllColumns();
        activities.addColumn(Activity::title).setHeader(english ? "Activity" : "活动").setFlexGrow(2);
        activities.addColumn(Activity::district).setHeader(english ? "District" : "区域");
        activities.addColumn(Activity::place).setHeader(english ? "Place" : "地点");
        activities.addColumn(a -> a.status() == Activity.Status.OPEN ? (english ? "Open" : "进行中") : (english ? "Cancelled" : "已取消"))
                .setHeader(english ? "Status" : "状态");
        activities.addColumn(a -> WHEN.format(a.createdAt())).setHeader(english ? "Created" : "创建时间");
        activities.setItems(query -> register.find(searchNow(), query.getPage(), query.getPageSize()).items().stream(),
                query -> (int) register.find(searchNow(), 0, 1).total());
        activities.setEmptyStateText(english ? "No activity yet: create the first one." : "还没有活动，请新建。");
        activities.setHeight("18em");
        activities.asSingleSelect().addValueChangeListener(e -> showDetail(e.getValue()));
        add(activities);

        detail.setId("vol-activity-detail");
        detail.setPadding(false);
        add(detail);
        showDetail(null);
    }

    private Activities.Search searchNow() {
        return new Activities.Search(search.getValue(), null, withCancelled.getValue());
    }

    private void showDetail(Activity chosen) {
        detail.removeAll();
        if (chosen == null) {
            detail.add(new Paragraph(english ? "Choose an activity to see and plan its shifts." : "选择一个活动，查看并安排其班次。"));
            return;
        }
        Activity activity = register.activity(chosen.id());
        detail.add(new H3(activity.title()));
        if (activity.description() != null) {
            detail.add(new Paragraph(activity.description()));
        }
        if (activity.status() == Activity.Status.CANCELLED) {
            detail.add(new Paragraph((english ? "Cancelled: " : "已取消：") + activity.cancelReason()));
        } else {
            Button edit = new Button(english ? "Edit" : "编辑", e -> activityDialog(activity));
            edit.setId("vol-act-edit");
            Button plan = new Button(english ? "Plan a shift" : "新建班次", e -> new ShiftDialog(rosters, activity, null, english, saved -> {
                Notification.show((english ? "Planned: " : "已发布：") + WHEN.format(saved.startsAt()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                showDetail(activity);
            }).open());
            plan.setId("vol-shift-new");
            plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button cancel = new Button(english ? "Cancel the activity" : "取消活动", e -> confirmCancel(
                    (english ? "Cancel " : "取消活动：") + activity.title(),
                    english ? "Its shifts still to come are cancelled too, with everyone signed up for them."
                            : "尚未开始的班次及其全部报名将一并取消。",
                    reason -> rosters.cancelActivity(activity.id(), reason), () -> {
                        activities.getDataProvider().refreshAll();
                        showDetail(register.activity(activity.id()));
                    }));
            cancel.setId("vol-act-cancel");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            detail.add(new HorizontalLayout(plan, edit, cancel));
        }
        shifts.setId("vol-activity-shifts");
        shifts.removeAllColumns();
        List<Shift> planned = rosters.shiftsOf(activity.id());
        Map<String, Long> taken = rosters.placesTaken(planned.stream().map(Shift::id).toList());
        shifts.addColumn(s -> WHEN.format(s.startsAt())).setHeader(english ? "Starts" : "开始");
        shifts.addColumn(s -> WHEN.format(s.endsAt())).setHeader(english ? "Ends" : "结束");
        shifts.addColumn(Shift::place).setHeader(english ? "Place" : "地点");
        shifts.addColumn(s -> taken.getOrDefault(s.id(), 0L) + " / " + s.capacity() + (s.needsApproval() ? (english ? " (confirmed by you)" : "（需审核）") : "")).setHeader(english ? "Filled" : "已报/名额");
        shifts.addColumn(Shift::skillsWanted).setHeader(english ? "Skills" : "技能");
        shifts.addColumn(s -> s.status() == Shift.Status.OPEN ? s.checkInCode() : (english ? "Cancelled: " : "已取消：") + s.cancelReason())
                .setHeader(english ? "Check-in code" : "签到码");
        shifts.addComponentColumn(s -> shiftActions(activity, s)).setKey("actions").setAutoWidth(true);
        shifts.setItems(planned);
        shifts.setAllRowsVisible(true);
        shifts.setEmptyStateText(english ? "No shift planned yet." : "尚未安排班次。");
        detail.add(shifts);
    }

    private HorizontalLayout shiftActions(Activity activity, Shift shift) {
        HorizontalLayout actions = new HorizontalLayout();
        if (!rosters.changeable(shift)) {
            return actions;
        }
        Button edit = new Button(english ? "Change" : "修改", e -> new ShiftDialog(rosters, activity, shift, english, saved -> {
            Notification.show(english ? "Saved" : "已保存").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            showDetail(activity);
        }).open());
        edit.setId("vol-shift-edit-" + shift.id());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button cancel = new Button(english ? "Cancel" : "取消", e -> confirmCancel(
                (english ? "Cancel the shift of " : "取消班次：") + WHEN.format(shift.startsAt()),
                english ? "Everyone signed up for it loses their place." : "该班次的全部报名将被取消。",
                reason -> rosters.cancelShift(shift.id(), reason), () -> showDetail(activity)));
        cancel.setId("vol-shift-cancel-" + shift.id());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        actions.add(edit, cancel);
        return actions;
    }

    /** Cancelling asks for the reason and says what goes with it; nothing is cancelled without one. */
    private void confirmCancel(String header, String consequence, java.util.function.Consumer<String> cancelling, Runnable after) {
        new ReasonDialog(VolunteerWords.current(), new ReasonDialog.Wording("vol-cancel", header, consequence, english ? "Reason" : "取消原因",
                english ? "Keep it" : "不取消", english ? "Cancel it" : "确认取消", english ? "Cancelled" : "已取消"),
                cancelling, after).open();
    }

    /** Creating an activity, or describing it anew as the organiser saw it (a change by someone else meanwhile is refused). */
    private void activityDialog(Activity activity) {
        Dialog dialog = new Dialog();
        dialog.setId("vol-activity-dialog");
        dialog.setHeaderTitle(activity == null ? (english ? "New activity" : "新建活动") : (english ? "Edit the activity" : "编辑活动"));
        TextField title = new TextField(english ? "Title" : "名称");
        title.setId("vol-act-title");
        TextArea description = new TextArea(english ? "Description" : "简介");
        description.setId("vol-act-description");
        description.setMaxLength(2000);
        TextField place = new TextField(english ? "Place" : "地点");
        place.setId("vol-act-place");
        TextField district = new TextField(english ? "District" : "区域（街道、镇）");
        district.setId("vol-act-district");
        if (activity != null) {
            title.setValue(activity.title());
            description.setValue(activity.description() == null ? "" : activity.description());
            place.setValue(activity.place());
            district.setValue(activity.district() == null ? "" : activity.district());
        }
        Map<String, HasValidation> fields = Map.of("title", title, "description", description, "place", place, "version", title);
        Button save = new Button(english ? "Save" : "保存", e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                Activity saved = activity == null
                        ? register.create(title.getValue(), description.getValue(), place.getValue(), district.getValue())
                        : register.describe(activity.id(), activity.version(), title.getValue(), description.getValue(),
                                place.getValue(), district.getValue());
                dialog.close();
                Notification.show((english ? "Saved: " : "已保存：") + saved.title()).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                activities.getDataProvider().refreshAll();
                activities.select(saved);
                showDetail(saved);
            } catch (InvalidInputException refused) {
                FormErrors.show(VolunteerWords.current(), refused, fields);
            } catch (ConflictException refused) {
                FormErrors.show(VolunteerWords.current(), refused, fields);
            }
        });
        save.setId("vol-act-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(title, place, district, description);
        form.setColspan(description, 2);
        dialog.add(form);
        dialog.getFooter().add(new Button(english ? "Cancel" : "取消", e -> dialog.close()), save);
        dialog.open();
    }
}
