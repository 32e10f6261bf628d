package org.qiaoyun.plugins.events.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.events.Permissions;
import org.qiaoyun.plugins.events.event.CulturalEvent;
import org.qiaoyun.plugins.events.event.EventStaffing;
import org.qiaoyun.plugins.events.event.Events;
import org.qiaoyun.plugins.events.event.Status;
import org.qiaoyun.plugins.events.registration.Registration;
import org.qiaoyun.plugins.events.registration.Registrations;
import org.qiaoyun.plugins.events.registration.Standing;
import org.qiaoyun.screens.Attempt;
import org.qiaoyun.screens.Formats;
import org.qiaoyun.screens.QrCode;
import org.qiaoyun.screens.ReasonDialog;
import org.qiaoyun.screens.Words;

/**
 * One event: its details, how its list stands in people, the link to its public sign-up page, and for organisers and
 * admins its steps (publish, change, cancel with a reason), the sign-ups with the waiting list (contact details:
 * an audited read), cancelling or confirming one, and the way to the door screen.
 */
public class EventView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    final H2 title = new H2();
    final Paragraph details = new Paragraph();
    final Paragraph tally = new Paragraph();
    final HorizontalLayout actions = new HorizontalLayout();
    /** The public sign-up link as a QR code to post in WeChat groups, and its download (published events). */
    final HorizontalLayout qr = new HorizontalLayout();
    private final transient Registrations.Links links;
    final Grid<Registration> signUps = new Grid<>();
    private final transient TenantScope tenant;
    private final transient Events events;
    private final transient Registrations registrations;
    final Paragraph volunteers = new Paragraph();
    private final transient EventStaffing staffing;
    private final Words t;
    private String eventId;

    public EventView(TenantScope tenant, Registrations.Links links, EventStaffing staffing) {
        this.tenant = tenant;
        this.staffing = staffing;
        this.events = new Events(tenant);
        this.registrations = new Registrations(tenant, links);
        this.links = links;
        this.t = EventWords.of(Words.screenLanguage());
        setId("events-event");
        qr.setId("events-qr");
        qr.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        details.setId("events-event-details");
        tally.setId("events-event-tally");
        signUps.setId("events-signups");
        signUps.addColumn(Registration::position).setHeader("#").setAutoWidth(true);
        signUps.addColumn(Registration::name).setHeader(t.get("signup.name")).setAutoWidth(true);
        signUps.addColumn(r -> r.phone() == null ? r.email() : r.phone()).setHeader(t.get("signup.contact")).setAutoWidth(true);
        signUps.addColumn(r -> r.country() == null ? "" : r.country()).setHeader(t.get("signup.country")).setAutoWidth(true);
        signUps.addColumn(Registration::people).setHeader(t.get("signup.people")).setAutoWidth(true);
        signUps.addColumn(r -> EventWords.name(t, r.standing()) + (r.attended() ? " · " + t.get("signup.attended") : ""))
                .setHeader(t.get("signup.standing")).setAutoWidth(true);
        signUps.addComponentColumn(this::rowActions).setAutoWidth(true);
        signUps.setAllRowsVisible(true);
        volunteers.setId("events-volunteers");
        add(title, details, tally, volunteers, actions, qr);
    }

    /** Where an event's screen is. */
    public static String route(TenantScope tenant, String eventId) {
        return "t/" + tenant.tenantCode() + "/events/event/" + eventId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        open(event.getRouteParameters().get("id").orElse(null));
    }

    void open(String id) {
        eventId = id;
        show();
    }

    private void show() {
        CulturalEvent event = events.get(eventId);
        title.setText(event.title());
        details.setText(EventWords.name(t, event.kind()) + " · " + Formats.time(event.startsAt()) + " – " + Formats.time(event.endsAt()) + " · "
                + (event.place() == null ? t.get("event.online") : event.place()) + " · " + EventWords.name(t, event.status())
                + (event.reason() == null ? "" : " · " + event.reason()));
        Registrations.Tally now = registrations.tally(eventId);
        tally.setText(t.get("event.tally", now.capacity(), now.taken(), now.waiting(), now.attended()));
        volunteers.setText(staffing.status(eventId).map(s -> t.get("staffing.status", s.needed(), s.confirmed(), s.waiting()))
                .orElse(staffing.available() ? t.get("staffing.none") : t.get("staffing.unavailable")));
        actions.removeAll();
        qr.removeAll();
        if (event.status() == Status.PUBLISHED) {
            actions.add(new Anchor("p/" + tenant.tenantCode() + "/events/e/" + event.id(), t.get("event.public-page")));
            showQrCode(links.eventPage(tenant.tenantCode(), event.id()));
        }
        if (!Permissions.organises(tenant)) {
            return;
        }
        if (event.status() == Status.DRAFT) {
            actions.add(button("events-publish", t.get("event.publish"), () -> events.publish(eventId, event.version()), t.get("event.published")));
        }
        if (event.status() != Status.CANCELLED) {
            Button change = new Button(t.get("event.change"), e -> new EventForm(t, event.details(), changed -> {
                events.change(eventId, event.version(), changed);
                Attempt.told(t.get("form.saved"));
                show();
            }).open());
            change.setId("events-change");
            Button cancel = new Button(t.get("event.cancel"), e -> new ReasonDialog(t, new ReasonDialog.Wording("events-cancel",
                    t.get("event.cancel"), t.get("event.cancel-consequence"), t.get("event.reason"), t.get("form.keep"), t.get("event.cancel"),
                    t.get("event.cancelled")), reason -> staffing.cancel(eventId, event.version(), reason), this::show).open());
            cancel.setId("events-cancel");
            Button door = new Button(t.get("door.title"), e -> UI.getCurrent().navigate(DoorView.route(tenant, eventId)));
            door.setId("events-door");
            actions.add(change, cancel, door);
            if (staffing.available() && staffing.status(eventId).isEmpty()) {
                com.vaadin.flow.component.textfield.IntegerField needed = new com.vaadin.flow.component.textfield.IntegerField();
                needed.setPlaceholder(t.get("staffing.how-many"));
                needed.setId("events-volunteers-needed");
                Button ask = button("events-ask-volunteers", t.get("staffing.ask"), () -> staffing.ask(eventId, needed.getValue(), null),
                        t.get("staffing.asked"));
                actions.add(needed, ask);
            }
        }
        remove(signUps);
        add(new H3(t.get("signup.title")), signUps);
        signUps.setItems(registrations.list(eventId, 0, 200).items());
    }

    /** The sign-up link as a QR code on the screen, and as an SVG file to post in a WeChat group. */
    private void showQrCode(String link) {
        Image code = new Image(QrCode.dataUri(link), t.get("event.qr", link));
        code.setId("events-qr-image");
        code.setWidth("160px");
        code.setHeight("160px");
        Anchor download = new Anchor(event -> {
            event.setFileName("sign-up-qr.svg");
            event.setContentType("image/svg+xml");
            event.getOutputStream().write(QrCode.svg(link).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }, t.get("event.qr-download"));
        download.getElement().setAttribute("download", true);
        download.setId("events-qr-download");
        qr.add(code, new com.vaadin.flow.component.html.Div(new Paragraph(link), download));
    }

    private Button button(String id, String label, Runnable step, String done) {
        Button button = new Button(label, e -> {
            if (Attempt.run(t, step, done)) {
                show();
            }
        });
        button.setId(id);
        return button;
    }

    private HorizontalLayout rowActions(Registration r) {
        HorizontalLayout row = new HorizontalLayout();
        if (r.standing() == Standing.PENDING) {
            row.add(button("events-confirm-" + r.position(), t.get("signup.confirm"), () -> registrations.confirm(r.id()), t.get("signup.confirmed")));
        }
        if (r.standing() != Standing.CANCELLED && !r.attended()) {
            row.add(button("events-cancel-" + r.position(), t.get("signup.cancel"), () -> registrations.cancel(r.id()), t.get("signup.cancelled")));
        }
        return row;
    }
}
