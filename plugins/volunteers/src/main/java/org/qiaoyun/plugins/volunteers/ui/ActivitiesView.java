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
            Paragraph denied = new Paragraph(VolunteerWords.say(english, "activities.activities-are-planned-by-organisers"));
            denied.setId("vol-activities-denied");
            add(denied);
            return;
        }
        register = new Activities(tenant);
        rosters = new Rosters(tenant);
        add(new H2(VolunteerWords.say(english, "activities.activities-and-shifts")));

        search.setId("vol-act-search");
        search.setPlaceholder(VolunteerWords.say(english, "activities.search-by-title"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> activities.getDataProvider().refreshAll());
        withCancelled.setLabel(VolunteerWords.say(english, "activities.show-cancelled"));
        withCancelled.setId("vol-act-cancelled");
        withCancelled.addValueChangeListener(e -> activities.getDataProvider().refreshAll());
        Button create = new Button(VolunteerWords.say(english, "activities.new-activity"), e -> activityDialog(null));
        create.setId("vol-act-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(search, withCancelled, create);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(bar);

        activities.setId("vol-activities");
        activities.removeAllColumns();
        activities.addColumn(Activity::title).setHeader(VolunteerWords.say(english, "activities.activity")).setFlexGrow(2);
        activities.addColumn(Activity::district).setHeader(VolunteerWords.say(english, "activities.district"));
        activities.addColumn(Activity::place).setHeader(VolunteerWords.say(english, "activities.place"));
        activities.addColumn(a -> a.status() == Activity.Status.OPEN ? (VolunteerWords.say(english, "activities.open")) : (VolunteerWords.say(english, "activities.cancelled")))
                .setHeader(VolunteerWords.say(english, "activities.status"));
        activities.addColumn(a -> WHEN.format(a.createdAt())).setHeader(VolunteerWords.say(english, "activities.created"));
        activities.setItems(query -> register.find(searchNow(), query.getPage(), query.getPageSize()).items().stream(),
                query -> (int) register.find(searchNow(), 0, 1).total());
        activities.setEmptyStateText(VolunteerWords.say(english, "activities.no-activity-yet-create-the-first"));
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
            detail.add(new Paragraph(VolunteerWords.say(english, "activities.choose-an-activity-to-see-and")));
            return;
        }
        Activity activity = register.activity(chosen.id());
        detail.add(new H3(activity.title()));
        if (activity.description() != null) {
            detail.add(new Paragraph(activity.description()));
        }
        if (activity.status() == Activity.Status.CANCELLED) {
            detail.add(new Paragraph((VolunteerWords.say(english, "activities.cancelled-2")) + activity.cancelReason()));
        } else {
            Button edit = new Button(VolunteerWords.say(english, "activities.edit"), e -> activityDialog(activity));
            edit.setId("vol-act-edit");
            Button plan = new Button(VolunteerWords.say(english, "activities.plan-a-shift"), e -> new ShiftDialog(rosters, activity, null, english, saved -> {
                Notification.show((VolunteerWords.say(english, "activities.planned")) + WHEN.format(saved.startsAt()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                showDetail(activity);
            }).open());
            plan.setId("vol-shift-new");
            plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button cancel = new Button(VolunteerWords.say(english, "activities.cancel-the-activity"), e -> confirmCancel(
                    (VolunteerWords.say(english, "activities.cancel")) + activity.title(),
                    VolunteerWords.say(english, "activities.its-shifts-still-to-come-are"),
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
        shifts.addColumn(s -> WHEN.format(s.startsAt())).setHeader(VolunteerWords.say(english, "activities.starts"));
        shifts.addColumn(s -> WHEN.format(s.endsAt())).setHeader(VolunteerWords.say(english, "activities.ends"));
        shifts.addColumn(Shift::place).setHeader(VolunteerWords.say(english, "activities.place"));
        shifts.addColumn(s -> taken.getOrDefault(s.id(), 0L) + " / " + s.capacity() + (s.needsApproval() ? (VolunteerWords.say(english, "activities.confirmed-by-you")) : "")).setHeader(VolunteerWords.say(english, "activities.filled"));
        shifts.addColumn(Shift::skillsWanted).setHeader(VolunteerWords.say(english, "activities.skills"));
        shifts.addColumn(s -> s.status() == Shift.Status.OPEN ? s.checkInCode() : (VolunteerWords.say(english, "activities.cancelled-2")) + s.cancelReason())
                .setHeader(VolunteerWords.say(english, "activities.check-in-code"));
        shifts.addComponentColumn(s -> shiftActions(activity, s)).setKey("actions").setAutoWidth(true);
        shifts.setItems(planned);
        shifts.setAllRowsVisible(true);
        shifts.setEmptyStateText(VolunteerWords.say(english, "activities.no-shift-planned-yet"));
        detail.add(shifts);
    }

    private HorizontalLayout shiftActions(Activity activity, Shift shift) {
        HorizontalLayout actions = new HorizontalLayout();
        if (!rosters.changeable(shift)) {
            return actions;
        }
        Button edit = new Button(VolunteerWords.say(english, "activities.change"), e -> new ShiftDialog(rosters, activity, shift, english, saved -> {
            Notification.show(VolunteerWords.say(english, "activities.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            showDetail(activity);
        }).open());
        edit.setId("vol-shift-edit-" + shift.id());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button cancel = new Button(VolunteerWords.say(english, "activities.cancel-2"), e -> confirmCancel(
                (VolunteerWords.say(english, "activities.cancel-the-shift-of")) + WHEN.format(shift.startsAt()),
                VolunteerWords.say(english, "activities.everyone-signed-up-for-it-loses"),
                reason -> rosters.cancelShift(shift.id(), reason), () -> showDetail(activity)));
        cancel.setId("vol-shift-cancel-" + shift.id());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        actions.add(edit, cancel);
        return actions;
    }

    /** Cancelling asks for the reason and says what goes with it; nothing is cancelled without one. */
    private void confirmCancel(String header, String consequence, java.util.function.Consumer<String> cancelling, Runnable after) {
        new ReasonDialog(VolunteerWords.current(), new ReasonDialog.Wording("vol-cancel", header, consequence, VolunteerWords.say(english, "activities.reason"),
                VolunteerWords.say(english, "activities.keep-it"), VolunteerWords.say(english, "activities.cancel-it"), VolunteerWords.say(english, "activities.cancelled")),
                cancelling, after).open();
    }

    /** Creating an activity, or describing it anew as the organiser saw it (a change by someone else meanwhile is refused). */
    private void activityDialog(Activity activity) {
        Dialog dialog = new Dialog();
        dialog.setId("vol-activity-dialog");
        dialog.setHeaderTitle(activity == null ? (VolunteerWords.say(english, "activities.new-activity")) : (VolunteerWords.say(english, "activities.edit-the-activity")));
        TextField title = new TextField(VolunteerWords.say(english, "activities.title"));
        title.setId("vol-act-title");
        TextArea description = new TextArea(VolunteerWords.say(english, "activities.description"));
        description.setId("vol-act-description");
        description.setMaxLength(2000);
        TextField place = new TextField(VolunteerWords.say(english, "activities.place"));
        place.setId("vol-act-place");
        TextField district = new TextField(VolunteerWords.say(english, "activities.district-2"));
        district.setId("vol-act-district");
        if (activity != null) {
            title.setValue(activity.title());
            description.setValue(activity.description() == null ? "" : activity.description());
            place.setValue(activity.place());
            district.setValue(activity.district() == null ? "" : activity.district());
        }
        Map<String, HasValidation> fields = Map.of("title", title, "description", description, "place", place, "version", title);
        Button save = new Button(VolunteerWords.say(english, "activities.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                Activity saved = activity == null
                        ? register.create(title.getValue(), description.getValue(), place.getValue(), district.getValue())
                        : register.describe(activity.id(), activity.version(), title.getValue(), description.getValue(),
                                place.getValue(), district.getValue());
                dialog.close();
                Notification.show((VolunteerWords.say(english, "activities.saved-2")) + saved.title()).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
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
        dialog.getFooter().add(new Button(VolunteerWords.say(english, "activities.cancel-2"), e -> dialog.close()), save);
        dialog.open();
    }
}
