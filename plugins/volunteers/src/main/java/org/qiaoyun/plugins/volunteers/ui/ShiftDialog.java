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

    /**
     * @param shift the shift to change, or null to plan a new one of {@code activity}
     */
    ShiftDialog(Rosters rosters, Activity activity, Shift shift, boolean english, Consumer<Shift> saved) {
        setId("vol-shift-dialog");
        setHeaderTitle(shift == null ? (english ? "Plan a shift: " : "新建班次：") + activity.title()
                : (english ? "Change the shift" : "修改班次"));
        place.setLabel(english ? "Place (blank: the activity's)" : "地点（留空即活动地点）");
        place.setId("vol-shift-place");
        start.setLabel(english ? "Starts" : "开始时间");
        start.setId("vol-shift-start");
        end.setLabel(english ? "Ends" : "结束时间");
        end.setId("vol-shift-end");
        capacity.setLabel(english ? "Places" : "名额");
        capacity.setId("vol-shift-capacity");
        capacity.setMin(1);
        capacity.setStepButtonsVisible(true);
        skills.setLabel(english ? "Skills wanted" : "所需技能");
        skills.setId("vol-shift-skills");
        cancelUntil.setLabel(english ? "Cancelling until (blank: a day before)" : "可取消至（留空即开始前一天）");
        cancelUntil.setId("vol-shift-cancel-until");
        needsApproval.setLabel(english ? "I confirm each sign-up" : "报名需组织者审核");
        needsApproval.setId("vol-shift-needs-approval");
        if (shift != null) {
            place.setValue(shift.place());
            start.setValue(local(shift.startsAt()));
            end.setValue(local(shift.endsAt()));
            capacity.setValue(shift.capacity());
            skills.setValue(shift.skillsWanted() == null ? "" : shift.skillsWanted());
            cancelUntil.setValue(local(shift.cancelUntil()));
            needsApproval.setValue(shift.needsApproval());
        }
        Map<String, HasValidation> fields = Map.of("place", place, "startsAt", start, "endsAt", end, "capacity", capacity,
                "cancelUntil", cancelUntil, "version", start);
        Button save = new Button(shift == null ? (english ? "Plan the shift" : "发布班次") : (english ? "Save" : "保存"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            Shift.Draft draft = new Shift.Draft(place.getValue(), instant(start.getValue()), instant(end.getValue()),
                    capacity.getValue() == null ? 0 : capacity.getValue(), skills.getValue(), instant(cancelUntil.getValue()),
                    needsApproval.getValue());
            try {
                Shift done = shift == null ? rosters.plan(activity.id(), draft) : rosters.change(shift.id(), shift.version(), draft);
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
        add(new FormLayout(place, start, end, capacity, skills, cancelUntil, needsApproval));
        getFooter().add(new Button(english ? "Cancel" : "取消", e -> close()), save);
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, SHANGHAI);
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(SHANGHAI).toInstant();
    }
}
