package org.qiaoyun.plugins.events.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.events.event.CulturalEvent;
import org.qiaoyun.plugins.events.event.Events;
import org.qiaoyun.plugins.events.registration.Guest;
import org.qiaoyun.plugins.events.registration.Registration;
import org.qiaoyun.plugins.events.registration.Registrations;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.Words;

/**
 * The door of an event at phone size: a code field (the code the person shows, typed or read off their page), the
 * answer in a line (who came and how many, or plainly why not), the count of people attending, and a walk-in
 * added on the spot. A camera scanner would need a frontend build, so the code is typed.
 */
public class DoorView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    final H2 title = new H2();
    final TextField code = new TextField();
    final Button checkIn;
    final Paragraph answer = new Paragraph();
    final Paragraph count = new Paragraph();
    final TextField walkInName = new TextField();
    final TextField walkInPhone = new TextField();
    final IntegerField walkInCompanions = new IntegerField();
    final Button walkIn;
    private final transient Registrations registrations;
    private final transient Events events;
    private final Words t;
    private String eventId;

    public DoorView(TenantScope tenant, Registrations.Links links) {
        this.registrations = new Registrations(tenant, links);
        this.events = new Events(tenant);
        this.t = EventWords.of(Words.screenLanguage());
        setId("events-door-view");
        setMaxWidth("28rem");
        code.setLabel(t.get("door.code"));
        code.setId("events-door-code");
        code.setWidthFull();
        code.setMaxLength(20);
        checkIn = new Button(t.get("door.check-in"), e -> checkIn());
        checkIn.setId("events-door-check-in");
        checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        checkIn.setWidthFull();
        checkIn.addClickShortcut(Key.ENTER);
        answer.setId("events-door-answer");
        count.setId("events-door-count");
        FormErrors form = new FormErrors(t);
        form.required("name", walkInName);
        form.field("phone", walkInPhone);
        form.field("companions", walkInCompanions);
        walkInName.setLabel(t.get("signup.name"));
        walkInName.setId("events-walk-in-name");
        walkInPhone.setLabel(t.get("signup.contact"));
        walkInPhone.setId("events-walk-in-phone");
        walkInCompanions.setLabel(t.get("signup.companions"));
        walkIn = new Button(t.get("door.walk-in"), e -> {
            if (form.save(() -> registrations.walkIn(eventId, Guest.of(walkInName.getValue(), walkInPhone.getValue(), null, null, null,
                    walkInCompanions.getValue() == null ? null : walkInCompanions.getValue().toString(), null, true)))) {
                answer.setText(t.get("door.walked-in", walkInName.getValue()));
                walkInName.clear();
                walkInPhone.clear();
                walkInCompanions.clear();
                counted();
            }
        });
        walkIn.setId("events-walk-in");
        Details walkIns = new Details(t.get("door.walk-in"), new VerticalLayout(walkInName, walkInPhone, walkInCompanions, walkIn));
        add(title, code, checkIn, answer, count, walkIns);
    }

    /** Where an event's door screen is. */
    public static String route(TenantScope tenant, String eventId) {
        return "t/" + tenant.tenantCode() + "/events/door/" + eventId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        open(event.getRouteParameters().get("id").orElse(null));
    }

    void open(String id) {
        eventId = id;
        CulturalEvent event = events.get(id);
        title.setText(t.get("door.title") + " · " + event.title());
        counted();
    }

    private void checkIn() {
        try {
            Registration in = registrations.checkIn(eventId, code.getValue());
            answer.setText(t.get("door.welcome", in.name(), in.people()));
            answer.getStyle().set("color", "var(--lumo-success-text-color)");
        } catch (RuntimeException refused) {
            if (!(refused instanceof org.qiaoyun.api.Refusal)) {
                throw refused;
            }
            answer.setText(t.of(refused));
            answer.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        code.clear();
        code.focus();
        counted();
    }

    private void counted() {
        Registrations.Tally now = registrations.tally(eventId);
        count.setText(t.get("door.count", now.attended(), now.taken()));
    }
}
