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
        add(new H2(english ? "My shifts" : "我的志愿服务"));
        if (me.isEmpty()) {
            Paragraph none = new Paragraph(english ? "You are not registered as a volunteer here yet."
                    : "您尚未在本侨联登记为志愿者。");
            none.setId("vol-not-registered");
            add(none, selfRegistration(english));
            return;
        }
        Volunteer volunteer = me.get();
        Registry.Standing standing = registry.standing(volunteer);
        Span hours = new Span((english ? "Hours served: " : "服务时长：")
                + String.format(Locale.ROOT, "%.1f", standing.minutesServed() / 60.0)
                + (standing.stars() == 0 ? "" : " · " + "★".repeat(standing.stars())));
        hours.setId("vol-hours");
        add(hours);
        Anchor certificate = new Anchor((DownloadHandler) download -> {
            download.setFileName("志愿服务证明.pdf");
            download.setContentType("application/pdf");
            new Certificates(tenant).issue(volunteer.id(), download.getOutputStream());
        }, english ? "My certificate of service (PDF)" : "下载志愿服务证明（PDF）");
        certificate.setId("vol-certificate");
        Button details = new Button(english ? "My details" : "修改我的资料", e -> new DetailsDialog(registry, volunteer, english, changed -> show()).open());
        details.setId("vol-my-details");
        details.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(certificate, details);
        if (volunteer.status() != Volunteer.Status.APPROVED) {
            add(new Paragraph(english ? "An organiser has yet to approve your registration." : "您的登记待组织者审核通过后即可报名。"));
        }
        rosters.declinedFor(volunteer.id()).forEach(declined -> {
            Div notice = card(rosters.shift(declined.shiftId()));
            notice.setId("vol-declined-" + declined.shiftId());
            notice.add(new Paragraph((english ? "Not taken on: " : "未被录用：") + declined.declineReason()));
            add(notice);
        });
        rosters.calledOffFor(volunteer.id()).forEach(shift -> {
            Div notice = card(shift);
            notice.setId("vol-called-off-" + shift.id());
            notice.add(new Paragraph((english ? "Called off: " : "已取消：") + shift.cancelReason()));
            add(notice);
        });
        add(new H3(english ? "Signed up" : "已报名"));
        Set<String> mine = rosters.signUpsOf(volunteer.id()).stream().peek(s -> add(card(s, english)))
                .map(SignUp::shiftId).collect(Collectors.toSet());
        if (mine.isEmpty()) {
            add(new Paragraph(english ? "No shift yet." : "还没有报名的班次。"));
        }
        add(new H3(english ? "Find shifts" : "找班次"));
        add(finder(volunteer, mine, english));
        record(volunteer, english);
    }

    /**
     * The tenant's sign-up page for volunteers: a platform user registers themselves, and an organiser
     * approves the registration before they can sign up for shifts.
     */
    private VolunteerForm selfRegistration(boolean english) {
        VolunteerForm form = new VolunteerForm("vol-self-", false, english);
        form.setId("vol-self-form");
        Button register = new Button(english ? "Register as a volunteer" : "登记为志愿者", e -> {
            form.fields().values().forEach(f -> f.setInvalid(false));
            try {
                registry.register(form.values(tenant.currentUser().orElse(null)), vault);
                Notification.show(english ? "Registered: an organiser will approve it" : "已登记，待组织者审核")
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
        add(new H3(english ? "My hours" : "服务记录"));
        var ledger = rosters.ledger(volunteer.id());
        if (ledger.isEmpty()) {
            Paragraph none = new Paragraph(english ? "No hours served yet." : "尚无服务时长记录。");
            none.setId("vol-no-hours");
            add(none);
        }
        ledger.forEach(line -> {
            Paragraph entry = new Paragraph(DAY.format(line.shift().startsAt()) + " · " + line.shift().activity() + " · "
                    + line.signUp().minutes() + (english ? " min" : " 分钟")
                    + (line.signUp().correctionReason() == null ? "" : (english ? " (corrected: " : "（更正：")
                            + line.signUp().correctionReason() + (english ? ")" : "）"))
                    + (line.signUp().evaluation() == null ? "" : " · " + Labels.evaluation(line.signUp().evaluation(), english)));
            entry.setId("vol-served-" + line.signUp().id());
            add(entry);
        });
        add(new H3(english ? "Training and awards" : "培训与荣誉"));
        var courses = new Trainings(tenant).of(volunteer.id());
        var awards = new Nominations(tenant).awardsOf(volunteer.id());
        if (courses.isEmpty() && awards.isEmpty()) {
            Paragraph none = new Paragraph(english ? "No training or award on your record yet." : "记录中尚无培训或荣誉。");
            none.setId("vol-no-record");
            add(none);
        }
        awards.forEach(a -> add(new Paragraph((english ? "Award: " : "荣誉：") + a.year() + (english ? " " : "年度") + a.award())));
        courses.forEach(t -> add(new Paragraph(t.completedOn() + " · " + t.course() + " · " + t.hours() + (english ? " h" : " 学时"))));
    }

    /**
     * Shifts to come that the volunteer has not signed up for, a page at a time; a skill narrows them to
     * shifts that want it, "my district" to activities where the volunteer lives.
     */
    private VerticalLayout finder(Volunteer volunteer, Set<String> mine, boolean english) {
        TextField skill = new TextField();
        skill.setId("vol-find-skill");
        skill.setPlaceholder(english ? "Skill, e.g. first aid" : "技能，如：急救");
        skill.setClearButtonVisible(true);
        skill.setWidthFull();
        Checkbox nearMe = new Checkbox(english ? "In my district" : "只看本区");
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
            Paragraph none = new Paragraph(english ? "No shift to sign up for at the moment." : "目前没有可报名的班次。");
            none.setId("vol-no-shifts");
            results.add(none);
        }
        open.forEach(shift -> {
            Div card = card(shift);
            if (shift.skillsWanted() != null) {
                card.add(new Paragraph((english ? "Skills wanted: " : "所需技能：") + shift.skillsWanted()));
            }
            Button signUp = new Button(english ? "Sign up" : "报名", e -> act(() -> rosters.signUp(shift.id(), volunteer.id()),
                    english ? "Signed up" : "已报名"));
            signUp.setId("vol-sign-up-" + shift.id());
            signUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            signUp.setEnabled(volunteer.status() == Volunteer.Status.APPROVED);
            card.add(signUp);
            results.add(card);
        });
        if ((long) (page + 1) * PAGE < found.total()) {
            Button more = new Button(english ? "More shifts" : "更多班次");
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
            case CONFIRMED -> english ? "Confirmed" : "已确认";
            case PENDING -> english ? "Place held: the organiser has yet to confirm it" : "已占名额，待组织者确认";
            case WAITING -> (english ? "Waiting list, place " : "候补，第 ") + rosters.placeInLine(signUp) + (english ? "" : " 位");
            case CANCELLED -> english ? "Cancelled" : "已取消";
        };
        Paragraph where = new Paragraph(status);
        where.setId("vol-status-" + shift.id());
        card.add(where);
        if (signUp.status() == SignUp.Status.CONFIRMED && signUp.checkedInAt() == null) {
            TextField code = new TextField();
            code.setId("vol-code-" + shift.id());
            code.setPlaceholder(english ? "Code shown at the place" : "现场签到码");
            code.setWidthFull();
            Button checkIn = new Button(english ? "Check in" : "签到", e -> act(() -> rosters.checkIn(signUp.id(), code.getValue()),
                    english ? "Checked in" : "已签到"));
            checkIn.setId("vol-check-in-" + shift.id());
            checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(code, checkIn);
        }
        if (signUp.status() != SignUp.Status.CANCELLED && signUp.checkedInAt() == null) {
            Button cancel = new Button(english ? "Cancel" : "取消报名", e -> act(() -> rosters.cancel(signUp.id()),
                    english ? "Cancelled" : "已取消"));
            cancel.setId("vol-cancel-" + shift.id());
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            card.add(cancel);
        } else if (signUp.checkedInAt() != null && signUp.checkedOutAt() == null) {
            Button checkOut = new Button(english ? "Check out" : "签退", e -> act(() -> rosters.checkOut(signUp.id()),
                    english ? "Checked out" : "已签退"));
            checkOut.setId("vol-check-out-" + shift.id());
            checkOut.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(checkOut);
        } else if (signUp.minutes() != null) {
            card.add(new Paragraph((english ? "Served " : "服务 ") + signUp.minutes() + (english ? " minutes" : " 分钟")));
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
