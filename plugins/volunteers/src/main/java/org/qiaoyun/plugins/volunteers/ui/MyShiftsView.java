package org.qiaoyun.plugins.volunteers.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.streams.DownloadHandler;

import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Page;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.volunteers.recognition.Certificates;
import org.qiaoyun.plugins.volunteers.recognition.Nominations;
import org.qiaoyun.plugins.volunteers.shift.Rosters;
import org.qiaoyun.plugins.volunteers.shift.Shift;
import org.qiaoyun.plugins.volunteers.shift.SignUp;
import org.qiaoyun.plugins.volunteers.shift.SignUpAction;
import org.qiaoyun.plugins.volunteers.training.Trainings;
import org.qiaoyun.plugins.volunteers.volunteer.Registry;
import org.qiaoyun.plugins.volunteers.volunteer.Volunteer;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.FormErrors;

/**
 * A volunteer's phone screen: hours served and stars, shifts called off, their shifts (check in with the
 * code shown at the place, check out, cancel), and finding shifts to sign up for by skill and district. One column of cards, so it reads
 * on a 375-pixel screen.
 */
public class MyShiftsView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Shanghai"));
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final transient TenantScope tenant;
    /** Keeps ID numbers; null where the platform has no key for them, and then none are taken. */
    private final transient IdVault vault;
    private static final int PAGE = 10;

    private transient Rosters rosters;
    private transient Registry registry;

    public MyShiftsView(TenantScope tenant, IdVault vault) {
        this.tenant = tenant;
        this.vault = vault;
        setId("vol-my-shifts");
        setPadding(true);
        setMaxWidth("40em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        rosters = new Rosters(tenant);
        registry = new Registry(tenant);
        show();
    }

    private void show() {
        boolean english = getLocale() != null && getLocale().getLanguage().equals("en");
        removeAll();
        Optional<Volunteer> me = tenant.currentUser().flatMap(registry::volunteerOf);
        add(new H2(VolunteerWords.say(english, "mine.my-shifts")));
        if (me.isEmpty()) {
            Paragraph none = new Paragraph(VolunteerWords.say(english, "mine.you-are-not-registered-as-a"));
            none.setId("vol-not-registered");
            add(none, selfRegistration(english));
            return;
        }
        Volunteer volunteer = me.get();
        Registry.Standing standing = registry.standing(volunteer);
        add(standingCard(standing, english));
        if (standing.minutesServed() > 0) {
            Anchor certificate = new Anchor((DownloadHandler) download -> {
                download.setFileName("志愿服务证明.pdf");
                download.setContentType("application/pdf");
                new Certificates(tenant).issue(volunteer.id(), download.getOutputStream());
            }, VolunteerWords.say(english, "mine.my-certificate-of-service-pdf"));
            certificate.setId("vol-certificate");
            add(certificate);
        } else {
            Paragraph later = new Paragraph(VolunteerWords.say(english, "mine.certificate-after-hours"));
            later.setId("vol-no-certificate");
            add(later);
        }
        Button details = new Button(VolunteerWords.say(english, "mine.my-details"), e -> new DetailsDialog(registry, volunteer, english, changed -> show()).open());
        details.setId("vol-my-details");
        details.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(details);
        if (volunteer.status() == Volunteer.Status.RETIRED) {
            Paragraph retired = new Paragraph(VolunteerWords.current().get("mine.retired", volunteer.statusReason()));
            retired.setId("vol-retired");
            add(retired);
        } else if (volunteer.status() != Volunteer.Status.APPROVED) {
            add(new Paragraph(VolunteerWords.say(english, "mine.an-organiser-has-yet-to-approve")));
        }
        rosters.declinedFor(volunteer.id()).forEach(declined -> {
            Div notice = card(rosters.shift(declined.shiftId()));
            notice.setId("vol-declined-" + declined.shiftId());
            notice.add(new Paragraph((VolunteerWords.say(english, "mine.not-taken-on")) + declined.declineReason()));
            add(notice);
        });
        rosters.calledOffFor(volunteer.id()).forEach(shift -> {
            Div notice = card(shift);
            notice.setId("vol-called-off-" + shift.id());
            notice.add(new Paragraph((VolunteerWords.say(english, "mine.called-off")) + shift.cancelReason()));
            add(notice);
        });
        add(new H3(VolunteerWords.say(english, "mine.signed-up")));
        Set<String> mine = rosters.signUpsOf(volunteer.id()).stream().peek(s -> add(card(s, english)))
                .map(SignUp::shiftId).collect(Collectors.toSet());
        if (mine.isEmpty()) {
            add(new Paragraph(VolunteerWords.say(english, "mine.no-shift-yet")));
        }
        add(new H3(VolunteerWords.say(english, "mine.find-shifts")));
        add(finder(volunteer, mine, english));
        record(volunteer, english);
    }

    /**
     * Where the volunteer stands, in words that read on a 390-pixel phone: the hours with their unit, the
     * stars earned, and how many hours are left to the next star under the federation's thresholds.
     */
    private Div standingCard(Registry.Standing standing, boolean english) {
        Div card = new Div();
        card.setId("vol-standing");
        card.getStyle().set("width", "100%").set("box-sizing", "border-box").set("padding", "var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("background", "var(--lumo-primary-color-10pct)")
                .set("overflow-wrap", "anywhere");
        var words = VolunteerWords.of(english ? Locale.ENGLISH : org.qiaoyun.api.Text.CHINESE);
        Span hours = new Span(words.get("mine.hours-with-unit", hours(standing.minutesServed())));
        hours.setId("vol-hours");
        hours.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        Span stars = new Span(standing.stars() == 0 ? words.get("mine.no-star-yet")
                : "★".repeat(standing.stars()) + " " + words.get("mine.stars", standing.stars()));
        stars.setId("vol-stars");
        stars.getStyle().set("display", "block").set("color", "var(--lumo-warning-text-color, #b8860b)");
        Long toNext = standing.minutesToNextStar();
        Span next = new Span(toNext != null ? words.get("mine.to-next-star", hours(toNext), standing.stars() + 1)
                : words.get("mine.every-star"));
        next.setId("vol-next-star");
        next.getStyle().set("display", "block");
        card.add(hours, stars, next);
        return card;
    }

    /** Hours to one decimal, as the certificate states them. */
    private static String hours(long minutes) {
        return String.format(Locale.ROOT, "%.1f", minutes / 60.0);
    }

    /**
     * The tenant's sign-up page for volunteers: a platform user registers themselves, and an organiser
     * approves the registration before they can sign up for shifts.
     */
    private VolunteerForm selfRegistration(boolean english) {
        VolunteerForm form = new VolunteerForm("vol-self-", false, english);
        form.setId("vol-self-form");
        Button register = new Button(VolunteerWords.say(english, "mine.register-as-a-volunteer"), e -> {
            form.fields().values().forEach(f -> f.setInvalid(false));
            try {
                registry.register(form.values(tenant.currentUser().orElse(null)), vault);
                Notification.show(VolunteerWords.say(english, "mine.registered-an-organiser-will-approve-it"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                show();
            } catch (InvalidInputException refused) {
                FormErrors.show(VolunteerWords.current(), refused, form.fields());
            } catch (ConflictException refused) {
                Attempt.refused(VolunteerWords.current().of(refused));
                show();
            }
        });
        register.setId("vol-self-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(register);
        return form;
    }

    /** Training and awards on the volunteer's record: what the certificate states beside the hours. */
    private void record(Volunteer volunteer, boolean english) {
        add(new H3(VolunteerWords.say(english, "mine.my-hours")));
        var ledger = rosters.ledger(volunteer.id());
        if (ledger.isEmpty()) {
            Paragraph none = new Paragraph(VolunteerWords.say(english, "mine.no-hours-served-yet"));
            none.setId("vol-no-hours");
            add(none);
        }
        ledger.forEach(line -> {
            String served = line.signUp().status() == SignUp.Status.NO_SHOW ? VolunteerWords.say(english, "mine.no-show")
                    : line.signUp().minutes() + VolunteerWords.say(english, "mine.min");
            String why = line.signUp().correctionReason() == null ? ""
                    : VolunteerWords.say(english, line.signUp().enteredAfterwards() ? "mine.entered-afterwards" : "mine.corrected")
                            + line.signUp().correctionReason() + VolunteerWords.say(english, "mine.text");
            Paragraph entry = new Paragraph(DAY.format(line.shift().startsAt()) + " · " + line.shift().activity() + " · " + served + why
                    + (line.signUp().evaluation() == null ? "" : " · " + Labels.evaluation(line.signUp().evaluation(), english)));
            entry.setId("vol-served-" + line.signUp().id());
            add(entry);
        });
        add(new H3(VolunteerWords.say(english, "mine.training-and-awards")));
        var courses = new Trainings(tenant).of(volunteer.id());
        var awards = new Nominations(tenant).awardsOf(volunteer.id());
        if (courses.isEmpty() && awards.isEmpty()) {
            Paragraph none = new Paragraph(VolunteerWords.say(english, "mine.no-training-or-award-on-your"));
            none.setId("vol-no-record");
            add(none);
        }
        awards.forEach(a -> add(new Paragraph((VolunteerWords.say(english, "mine.award")) + a.year() + (VolunteerWords.say(english, "mine.text-2")) + a.award())));
        courses.forEach(t -> add(new Paragraph(t.completedOn() + " · " + t.course() + " · " + t.hours() + (VolunteerWords.say(english, "mine.h")))));
    }

    /**
     * Shifts to come that the volunteer has not signed up for, a page at a time; a skill narrows them to
     * shifts that want it, "my district" to activities where the volunteer lives.
     */
    private VerticalLayout finder(Volunteer volunteer, Set<String> mine, boolean english) {
        TextField skill = new TextField();
        skill.setId("vol-find-skill");
        skill.setPlaceholder(VolunteerWords.say(english, "mine.skill-e-g-first-aid"));
        skill.setClearButtonVisible(true);
        skill.setWidthFull();
        Checkbox nearMe = new Checkbox(VolunteerWords.say(english, "mine.in-my-district"));
        nearMe.setId("vol-find-near");
        nearMe.setVisible(volunteer.district() != null);
        VerticalLayout results = new VerticalLayout();
        results.setPadding(false);
        results.setId("vol-find-results");
        Runnable search = () -> {
            results.removeAll();
            showShifts(results, volunteer, mine, new Rosters.Search(skill.getValue(), nearMe.getValue() ? volunteer.district() : null,
                    null, null), 0, english);
        };
        skill.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        skill.addValueChangeListener(e -> search.run());
        nearMe.addValueChangeListener(e -> search.run());
        search.run();
        VerticalLayout finder = new VerticalLayout(skill, nearMe, results);
        finder.setPadding(false);
        return finder;
    }

    private void showShifts(VerticalLayout results, Volunteer volunteer, Set<String> mine, Rosters.Search search, int page,
                            boolean english) {
        Page<Shift> found = rosters.find(search, page, PAGE);
        var open = found.items().stream().filter(s -> !mine.contains(s.id())).toList();
        if (found.total() == 0) {
            Paragraph none = new Paragraph(VolunteerWords.say(english, "mine.no-shift-to-sign-up-for"));
            none.setId("vol-no-shifts");
            results.add(none);
        }
        open.forEach(shift -> {
            Div card = card(shift);
            if (shift.skillsWanted() != null) {
                card.add(new Paragraph((VolunteerWords.say(english, "mine.skills-wanted")) + shift.skillsWanted()));
            }
            Button signUp = new Button(VolunteerWords.say(english, "mine.sign-up"), e -> act(() -> rosters.signUp(shift.id(), volunteer.id()),
                    VolunteerWords.say(english, "mine.signed-up")));
            signUp.setId("vol-sign-up-" + shift.id());
            signUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            signUp.setEnabled(volunteer.status() == Volunteer.Status.APPROVED);
            card.add(signUp);
            results.add(card);
        });
        if ((long) (page + 1) * PAGE < found.total()) {
            Button more = new Button(VolunteerWords.say(english, "mine.more-shifts"));
            more.setId("vol-find-more");
            more.addClickListener(e -> {
                results.remove(more);
                showShifts(results, volunteer, mine, search, page + 1, english);
            });
            results.add(more);
        }
    }

    private Div card(SignUp signUp, boolean english) {
        Shift shift = rosters.shift(signUp.shiftId());
        Div card = card(shift);
        card.setId("vol-mine-" + shift.id());
        String status = switch (signUp.status()) {
            case CONFIRMED -> VolunteerWords.say(english, "mine.confirmed");
            case PENDING -> VolunteerWords.say(english, "mine.place-held-the-organiser-has-yet");
            case WAITING -> (VolunteerWords.say(english, "mine.waiting-list-place")) + rosters.placeInLine(signUp) + (VolunteerWords.say(english, "mine.text-3"));
            case CANCELLED -> VolunteerWords.say(english, "activities.cancelled");
            case NO_SHOW -> VolunteerWords.say(english, "mine.no-show");
        };
        Paragraph where = new Paragraph(status);
        where.setId("vol-status-" + shift.id());
        card.add(where);
        java.util.Set<SignUpAction> allowed = signUp.actions(); // what the sign-up allows, as the domain declares it
        if (allowed.contains(SignUpAction.CHECK_IN)) {
            TextField code = new TextField();
            code.setId("vol-code-" + shift.id());
            code.setPlaceholder(VolunteerWords.say(english, "mine.code-shown-at-the-place"));
            code.setWidthFull();
            Button checkIn = new Button(VolunteerWords.say(english, "mine.check-in"), e -> act(() -> rosters.checkIn(signUp.id(), code.getValue()),
                    VolunteerWords.say(english, "mine.checked-in")));
            checkIn.setId("vol-check-in-" + shift.id());
            checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(code, checkIn);
        }
        if (allowed.contains(SignUpAction.CANCEL)) {
            Button cancel = new Button(VolunteerWords.say(english, "mine.cancel"), e -> act(() -> rosters.cancel(signUp.id()),
                    VolunteerWords.say(english, "activities.cancelled")));
            cancel.setId("vol-cancel-" + shift.id());
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            card.add(cancel);
        } else if (allowed.contains(SignUpAction.CHECK_OUT)) {
            Button checkOut = new Button(VolunteerWords.say(english, "mine.check-out"), e -> act(() -> rosters.checkOut(signUp.id()),
                    VolunteerWords.say(english, "mine.checked-out")));
            checkOut.setId("vol-check-out-" + shift.id());
            checkOut.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(checkOut);
        } else if (signUp.minutes() != null) {
            card.add(new Paragraph((VolunteerWords.say(english, "mine.served")) + signUp.minutes() + (VolunteerWords.say(english, "mine.minutes"))));
        }
        return card;
    }

    private static Div card(Shift shift) {
        Div card = new Div();
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("width", "100%").set("box-sizing", "border-box");
        card.add(new Span(shift.activity()), new Paragraph(WHEN.format(shift.startsAt()) + " – " + WHEN.format(shift.endsAt())
                + " · " + shift.place()));
        return card;
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException | ConflictException | PermissionDeniedException e) {
            Attempt.refused(VolunteerWords.current().of(e));
        }
        show();
    }
}
