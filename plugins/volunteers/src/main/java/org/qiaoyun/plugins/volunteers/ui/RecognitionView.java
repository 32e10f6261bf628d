package org.qiaoyun.plugins.volunteers.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.volunteers.Permissions;
import org.qiaoyun.plugins.volunteers.shift.HoursRules;
import org.qiaoyun.plugins.volunteers.recognition.Nomination;
import org.qiaoyun.plugins.volunteers.recognition.Nominations;
import org.qiaoyun.plugins.volunteers.volunteer.Registry;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.FormErrors;

/**
 * Recognition: the leaderboard by hours served (everyone with the module); nominations for awards, which
 * the federation's admins endorse or decline (organisers see them); the hours at which stars are earned
 * here, which admins set.
 */
public class RecognitionView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    final Grid<Registry.Standing> leaderboard = new Grid<>();
    final Grid<Nomination> nominations = new Grid<>();
    final TextField thresholds = new TextField();
    private final transient TenantScope tenant;
    private transient Registry registry;
    private boolean english;
    /** The thresholds' revision the admin sees: saving names it, so another admin's change is not overwritten. */
    private long starRevision;

    public RecognitionView(TenantScope tenant) {
        this.tenant = tenant;
        setId("vol-recognition-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        english = getLocale() != null && getLocale().getLanguage().equals("en");
        registry = new Registry(tenant);
        removeAll();
        add(new H2(VolunteerWords.say(english, "recognition.recognition")));

        add(new H3(VolunteerWords.say(english, "recognition.leaderboard")));
        leaderboard.setId("vol-leaderboard");
        leaderboard.removeAllColumns();
        List<Registry.Standing> standings = registry.leaderboard(50);
        leaderboard.addColumn(s -> standings.indexOf(s) + 1).setHeader("#").setWidth("4em").setFlexGrow(0);
        leaderboard.addColumn(s -> s.volunteer().name()).setHeader(VolunteerWords.say(english, "recognition.volunteer"));
        leaderboard.addColumn(s -> String.format(Locale.ROOT, "%.1f", s.minutesServed() / 60.0)).setHeader(VolunteerWords.say(english, "recognition.hours"));
        leaderboard.addColumn(s -> "★".repeat(s.stars())).setHeader(VolunteerWords.say(english, "recognition.stars"));
        leaderboard.setItems(standings);
        leaderboard.setAllRowsVisible(true);
        leaderboard.setEmptyStateText(VolunteerWords.say(english, "mine.no-hours-served-yet"));
        add(leaderboard);

        add(new H3(VolunteerWords.say(english, "recognition.stars-2")));
        thresholds.setId("vol-star-thresholds");
        thresholds.setLabel(VolunteerWords.say(english, "recognition.hours-for-each-star-rising"));
        thresholds.setValue(registry.starLevels().thresholdsInHours().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        starRevision = registry.starRevision();
        thresholds.setWidth("24em");
        boolean admin = tenant.callerHas("admin");
        thresholds.setReadOnly(!admin);
        HorizontalLayout stars = new HorizontalLayout(thresholds);
        stars.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (admin) {
            Button save = new Button(VolunteerWords.say(english, "activities.save"), e -> saveThresholds());
            save.setId("vol-star-save");
            stars.add(save);
        }
        add(stars);
        add(hoursRule(admin));

        if (Permissions.organises(tenant)) {
            add(new H3(VolunteerWords.say(english, "recognition.nominations")));
            nominations.setId("vol-nominations");
            nominations.removeAllColumns();
            nominations.addColumn(n -> n.year() + " " + n.award()).setHeader(VolunteerWords.say(english, "recognition.award"));
            nominations.addColumn(Nomination::reason).setHeader(VolunteerWords.say(english, "recognition.why")).setFlexGrow(2);
            nominations.addColumn(Nomination::nominatedBy).setHeader(VolunteerWords.say(english, "recognition.proposed-by"));
            nominations.addColumn(n -> switch (n.status()) {
                case PROPOSED -> VolunteerWords.say(english, "recognition.proposed");
                case ENDORSED -> VolunteerWords.say(english, "recognition.endorsed");
                case DECLINED -> (VolunteerWords.say(english, "recognition.declined")) + n.decisionNote();
            }).setHeader(VolunteerWords.say(english, "activities.status"));
            nominations.addComponentColumn(this::decision).setKey("decision").setAutoWidth(true);
            nominations.setEmptyStateText(VolunteerWords.say(english, "recognition.no-nomination-yet"));
            showNominations();
            add(nominations);
        }
    }

    private void showNominations() {
        nominations.setItems(new Nominations(tenant).find(null, 0, 200).items());
    }

    private HorizontalLayout decision(Nomination nomination) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (nomination.status() == Nomination.Status.ENDORSED && tenant.callerHas("admin")) {
            return sendUp(nomination);
        }
        if (nomination.status() != Nomination.Status.PROPOSED || !tenant.callerHas("admin")) {
            return buttons;
        }
        TextField note = new TextField();
        note.setPlaceholder(VolunteerWords.say(english, "recognition.note-needed-to-decline"));
        note.setId("vol-nomination-note-" + nomination.id());
        Button endorse = new Button(VolunteerWords.say(english, "recognition.endorse"), e -> decide(nomination, true, note));
        endorse.setId("vol-nomination-endorse-" + nomination.id());
        endorse.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        Button decline = new Button(VolunteerWords.say(english, "recognition.decline"), e -> decide(nomination, false, note));
        decline.setId("vol-nomination-decline-" + nomination.id());
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        buttons.add(note, endorse, decline);
        return buttons;
    }

    /**
     * An endorsed nomination goes up to the platform's nominations (最美基层侨联志愿者), to a federation above chosen
     * here; once sent, the row says where.
     */
    private HorizontalLayout sendUp(Nomination nomination) {
        HorizontalLayout row = new HorizontalLayout();
        if (nomination.sentUpTo() != null) {
            String to = tenant.recognition().awardingFederations().stream().filter(f -> f.code().equals(nomination.sentUpTo()))
                    .map(f -> english ? f.nameEn() : f.nameZh()).findFirst().orElse(nomination.sentUpTo());
            row.add(new com.vaadin.flow.component.html.Span(VolunteerWords.of(english ? java.util.Locale.ENGLISH
                    : org.qiaoyun.api.Text.CHINESE).get("recognition.sent-up-to", to)));
            return row;
        }
        com.vaadin.flow.component.combobox.ComboBox<org.qiaoyun.api.recognition.Recognition.Federation> to =
                new com.vaadin.flow.component.combobox.ComboBox<>();
        to.setId("vol-nomination-up-to-" + nomination.id());
        to.setPlaceholder(VolunteerWords.say(english, "recognition.awarding"));
        List<org.qiaoyun.api.recognition.Recognition.Federation> above = tenant.recognition().awardingFederations();
        to.setItems(above);
        to.setItemLabelGenerator(f -> english ? f.nameEn() : f.nameZh());
        if (!above.isEmpty()) {
            to.setValue(above.get(0));
        }
        Button send = new Button(VolunteerWords.say(english, "recognition.send-up"), e -> {
            if (to.getValue() == null) {
                to.setErrorMessage(VolunteerWords.say(english, "recognition.awarding"));
                to.setInvalid(true);
                return;
            }
            try {
                new Nominations(tenant).sendUp(nomination.id(), nomination.version(), to.getValue().code());
                Notification.show(VolunteerWords.say(english, "recognition.sent-up")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                showNominations();
            } catch (InvalidInputException refused) {
                to.setErrorMessage(VolunteerWords.current().of(refused));
                to.setInvalid(true);
            } catch (ConflictException | PermissionDeniedException refused) {
                Attempt.refused(VolunteerWords.current().of(refused));
            }
        });
        send.setId("vol-nomination-send-up-" + nomination.id());
        row.add(to, send);
        return row;
    }

    private void decide(Nomination nomination, boolean endorse, TextField note) {
        try {
            new Nominations(tenant).decide(nomination.id(), nomination.version(), endorse, note.getValue());
            Notification.show(endorse ? (VolunteerWords.say(english, "recognition.endorsed")) : (VolunteerWords.say(english, "recognition.declined-2")))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            showNominations();
        } catch (InvalidInputException refused) {
            note.setErrorMessage(VolunteerWords.current().of(refused));
            note.setInvalid(true);
        } catch (ConflictException | PermissionDeniedException refused) {
            Attempt.refused(VolunteerWords.current().of(refused));
        }
    }

    /**
     * How service time counts here, for everyone to read: from the shift's start to the check-out, capped at the
     * end plus the tolerance, which the federation's admins set (0 to 240 minutes; a stale change refused).
     */
    private HorizontalLayout hoursRule(boolean admin) {
        HoursRules rules = new HoursRules(tenant);
        HoursRules.Current current = rules.current();
        com.vaadin.flow.component.textfield.IntegerField tolerance = new com.vaadin.flow.component.textfield.IntegerField(
                VolunteerWords.say(english, "recognition.check-out-tolerance"));
        tolerance.setId("vol-hours-tolerance");
        tolerance.setHelperText(VolunteerWords.say(english, "recognition.hours-rule"));
        tolerance.setValue(current.rule().toleranceMinutes());
        tolerance.setMin(0);
        tolerance.setMax(240);
        tolerance.setWidth("24em");
        tolerance.setReadOnly(!admin);
        HorizontalLayout rule = new HorizontalLayout(tolerance);
        rule.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (admin) {
            long[] revision = {current.revision()};
            Button save = new Button(VolunteerWords.say(english, "activities.save"), e -> {
                tolerance.setInvalid(false);
                try {
                    revision[0] = rules.setTolerance(tolerance.getValue() == null ? -1 : tolerance.getValue(), revision[0]).revision();
                    Notification.show(VolunteerWords.say(english, "activities.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                } catch (InvalidInputException refused) {
                    FormErrors.show(VolunteerWords.current(), refused, Map.of("checkOutToleranceMinutes", tolerance));
                } catch (ConflictException refused) {
                    FormErrors.show(VolunteerWords.current(), refused, Map.of("version", tolerance));
                }
            });
            save.setId("vol-hours-save");
            rule.add(save);
        }
        return rule;
    }

    private void saveThresholds() {
        thresholds.setInvalid(false);
        try {
            List<Integer> hours = Arrays.stream(thresholds.getValue().split("[,，\\s]+")).filter(t -> !t.isBlank())
                    .map(Integer::valueOf).toList();
            registry.setStarLevels(hours, starRevision);
            starRevision = registry.starRevision();
            Notification.show(VolunteerWords.say(english, "activities.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (NumberFormatException notNumbers) {
            FormErrors.show(VolunteerWords.current(), new InvalidInputException("hours", VolunteerWords.say(english, "recognition.whole-hours-separated-by-commas")),
                    Map.of("hours", thresholds));
        } catch (InvalidInputException refused) {
            FormErrors.show(VolunteerWords.current(), refused, Map.of("hours", thresholds));
        } catch (ConflictException refused) {
            FormErrors.show(VolunteerWords.current(), refused, Map.of("version", thresholds));
        }
    }
}
