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
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

import org.qiaoyun.api.TenantScope;
import org.qiaoyun.plugins.events.event.CulturalEvent;
import org.qiaoyun.plugins.events.event.Events;
import org.qiaoyun.plugins.events.registration.Guest;
import org.qiaoyun.plugins.events.registration.Registration;
import org.qiaoyun.plugins.events.registration.Registrations;
import org.qiaoyun.screens.FormErrors;
import org.qiaoyun.screens.QrCode;
import org.qiaoyun.screens.Words;

/**
 * The door of an event at phone size: a camera button that takes a photo of the QR code on the person's own page and
 * checks them in by it, a code field for the code typed (when the camera is refused or the photo cannot be read), the
 * answer in a line (who came and how many, or plainly why not), the count of people attending, and a walk-in added on
 * the spot. The camera is a standard upload asking the phone for its back camera ({@code capture=environment}); the
 * photo is read on the server ({@link QrCode#read}), so no frontend build and no script of the module's own.
 */
public class DoorView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    /** The largest photo taken: a phone camera's full-size JPEG. */
    static final int SCAN_BYTES = 16 * 1024 * 1024;

    final H2 title = new H2();
    final TextField code = new TextField();
    final Button checkIn;
    final Upload scan;
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
        scan = new Upload(UploadHandler.inMemory((metadata, bytes) -> scanned(bytes)));
        scan.setId("events-door-scan");
        scan.setAcceptedFileTypes("image/*");
        scan.getElement().setProperty("capture", "environment"); // the phone opens its back camera (vaadin-upload passes it to its input)
        scan.setMaxFileSize(SCAN_BYTES);
        scan.setDropAllowed(false);
        Button camera = new Button(t.get("door.scan"), com.vaadin.flow.component.icon.VaadinIcon.CAMERA.create());
        camera.addThemeVariants(ButtonVariant.LUMO_LARGE);
        camera.setWidthFull();
        scan.setUploadButton(camera);
        scan.setWidthFull();
        scan.addFileRejectedListener(e -> refused(t.get("door.scan-too-large", SCAN_BYTES / (1024 * 1024))));
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
        add(title, scan, code, checkIn, answer, count, walkIns);
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
        checkIn(code.getValue());
        code.clear();
        code.focus();
    }

    /** A photo from the camera: the code in it checks the person in, as if typed; a photo without one says so. */
    private void scanned(byte[] photo) {
        scan.clearFileList();
        QrCode.read(photo).ifPresentOrElse(this::checkIn, () -> refused(t.get("door.scan-unread")));
    }

    private void checkIn(String typedOrRead) {
        try {
            Registration in = registrations.checkIn(eventId, typedOrRead);
            answer.setText(t.get("door.welcome", in.name(), in.people()));
            answer.getStyle().set("color", "var(--lumo-success-text-color)");
        } catch (RuntimeException refused) {
            if (!(refused instanceof org.qiaoyun.api.Refusal)) {
                throw refused;
            }
            refused(t.of(refused));
        }
        counted();
    }

    private void refused(String why) {
        answer.setText(why);
        answer.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    private void counted() {
        Registrations.Tally now = registrations.tally(eventId);
        count.setText(t.get("door.count", now.attended(), now.taken()));
    }
}
