package org.qiaoyun.plugins.volunteers.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.plugins.volunteers.activity.Activity;
import org.qiaoyun.plugins.volunteers.shift.Rosters;
import org.qiaoyun.plugins.volunteers.shift.Shift;
import org.qiaoyun.screens.FormErrors;

/**
 * Planning a shift of an activity, or changing one that has not begun, in Beijing time. The domain's
 * refusals (an end before the start, fewer places than confirmed volunteers, new times once people have
 * signed up, someone else's change meanwhile) come back at the field they concern.
 */
final class ShiftDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    /** Federations plan in Beijing time; the database keeps instants. */
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    final TextField place = new TextField();
    final DateTimePicker start = new DateTimePicker();
    final DateTimePicker end = new DateTimePicker();
    final IntegerField capacity = new IntegerField();
    final TextField skills = new TextField();
    final DateTimePicker cancelUntil = new DateTimePicker();
    final Checkbox needsApproval = new Checkbox();
    final Checkbox needsInsurance = new Checkbox();
    /** When planning: the same shift weekly for this many weeks (1: once). */
    final IntegerField weeks = new IntegerField();

    /**
     * @param shift the shift to change, or null to plan a new one of {@code activity}
     */
    ShiftDialog(Rosters rosters, Activity activity, Shift shift, boolean english, Consumer<Shift> saved) {
        setId("vol-shift-dialog");
        setHeaderTitle(shift == null ? (VolunteerWords.say(english, "shift.plan-a-shift")) + activity.title()
                : (VolunteerWords.say(english, "shift.change-the-shift")));
        place.setLabel(VolunteerWords.say(english, "shift.place-blank-the-activity-s"));
        place.setId("vol-shift-place");
        start.setLabel(VolunteerWords.say(english, "shift.starts"));
        start.setId("vol-shift-start");
        end.setLabel(VolunteerWords.say(english, "shift.ends"));
        end.setId("vol-shift-end");
        capacity.setLabel(VolunteerWords.say(english, "rosters.places"));
        capacity.setId("vol-shift-capacity");
        capacity.setMin(1);
        capacity.setStepButtonsVisible(true);
        skills.setLabel(VolunteerWords.say(english, "shift.skills-wanted"));
        skills.setId("vol-shift-skills");
        cancelUntil.setLabel(VolunteerWords.say(english, "shift.cancelling-until-blank-a-day-before"));
        cancelUntil.setId("vol-shift-cancel-until");
        needsApproval.setLabel(VolunteerWords.say(english, "shift.i-confirm-each-sign-up"));
        needsApproval.setId("vol-shift-needs-approval");
        needsInsurance.setLabel(VolunteerWords.say(english, "shift.needs-insurance"));
        needsInsurance.setId("vol-shift-needs-insurance");
        weeks.setLabel(VolunteerWords.current().get("shift.weekly-for", Rosters.MAX_WEEKS));
        weeks.setId("vol-shift-weeks");
        weeks.setMin(1);
        weeks.setMax(Rosters.MAX_WEEKS);
        weeks.setValue(1);
        weeks.setStepButtonsVisible(true);
        weeks.setVisible(shift == null);
        if (shift != null) {
            place.setValue(shift.place());
            start.setValue(local(shift.startsAt()));
            end.setValue(local(shift.endsAt()));
            capacity.setValue(shift.capacity());
            skills.setValue(shift.skillsWanted() == null ? "" : shift.skillsWanted());
            cancelUntil.setValue(local(shift.cancelUntil()));
            needsApproval.setValue(shift.needsApproval());
            needsInsurance.setValue(shift.needsInsurance());
        }
        Map<String, HasValidation> fields = Map.of("place", place, "startsAt", start, "endsAt", end, "capacity", capacity,
                "cancelUntil", cancelUntil, "version", start, "weeks", weeks);
        Button save = new Button(shift == null ? (VolunteerWords.say(english, "shift.plan-the-shift")) : (VolunteerWords.say(english, "activities.save")), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            Shift.Draft draft = new Shift.Draft(place.getValue(), instant(start.getValue()), instant(end.getValue()),
                    capacity.getValue() == null ? 0 : capacity.getValue(), skills.getValue(), instant(cancelUntil.getValue()),
                    needsApproval.getValue(), needsInsurance.getValue());
            int times = weeks.getValue() == null ? 0 : weeks.getValue();
            try {
                Shift done = shift != null ? rosters.change(shift.id(), shift.version(), draft)
                        : times == 1 ? rosters.plan(activity.id(), draft) : rosters.planWeekly(activity.id(), draft, times).get(0);
                close();
                saved.accept(done);
            } catch (InvalidInputException refused) {
                FormErrors.show(VolunteerWords.current(), refused, fields);
            } catch (ConflictException refused) {
                FormErrors.show(VolunteerWords.current(), refused, fields);
            }
        });
        save.setId("vol-shift-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new FormLayout(place, start, end, capacity, skills, cancelUntil, weeks, needsApproval, needsInsurance));
        getFooter().add(new Button(VolunteerWords.say(english, "activities.cancel-2"), e -> close()), save);
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, SHANGHAI);
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(SHANGHAI).toInstant();
    }
}
