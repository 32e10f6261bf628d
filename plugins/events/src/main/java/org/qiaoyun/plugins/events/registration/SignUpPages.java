package org.qiaoyun.plugins.events.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.qiaoyun.api.RefusalException;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.api.pages.Html;
import org.qiaoyun.api.pages.Html.Field;
import org.qiaoyun.api.pages.PublicPage;
import org.qiaoyun.api.pages.PublicPages;
import org.qiaoyun.api.pages.PublicRequest;
import org.qiaoyun.plugins.events.ChinaTime;
import org.qiaoyun.plugins.events.event.CulturalEvent;
import org.qiaoyun.plugins.events.event.Events;

/**
 * The public pages, light server-rendered HTML for phones opened from a WeChat group (no account, no script):
 * {@code /p/<tenant>/events/} lists the published events to come; {@code e/<id>} is an event's page with its
 * sign-up form and the consent text; {@code r/<token>} is a person's own page (where they stand, their door
 * code, a button to cancel). A wrong link of any kind answers the platform's one 404, so nobody's place can be
 * found by trying; the platform limits each client's pace (429) before a form reaches the module.
 */
public final class SignUpPages implements PublicPages {

    private final Registrations.Links links;

    public SignUpPages(Registrations.Links links) {
        this.links = links;
    }

    @Override
    public PublicPage answer(PublicRequest request) {
        Locale language = request.english() ? Text.ENGLISH : Text.CHINESE;
        List<String> path = request.path();
        if (path.isEmpty() && !request.posted()) {
            return list(request, language);
        }
        if (path.size() == 2 && path.get(0).equals("e")) {
            return request.posted() ? signUp(request, path.get(1), language) : eventPage(request, path.get(1), language, List.of(), null, 200);
        }
        if (path.size() == 2 && path.get(0).equals("r") && !request.posted()) {
            return own(request, path.get(1), language);
        }
        if (path.size() == 3 && path.get(0).equals("r") && path.get(2).equals("cancel") && request.posted()) {
            return cancelOwn(request, path.get(1));
        }
        return PublicPage.notFound();
    }

    private PublicPage list(PublicRequest request, Locale language) {
        String title = t(language, "events.page.list-title", request.tenant().tenantName());
        List<CulturalEvent> upcoming = new Events(request.tenant()).upcoming(50);
        List<Html> parts = new ArrayList<>(List.of(Html.heading(title)));
        if (upcoming.isEmpty()) {
            parts.add(Html.paragraph(t(language, "events.page.none")));
        }
        for (CulturalEvent event : upcoming) {
            parts.add(Html.link("e/" + event.id(), event.title() + " · " + ChinaTime.shown(event.startsAt())));
        }
        parts.add(Html.link("calendar.ics", t(language, "events.page.subscribe-calendar")));
        return PublicPage.of(title, Html.of(parts.toArray(Html[]::new)));
    }

    private PublicPage eventPage(PublicRequest request, String id, Locale language, List<Field> typed, String error, int status) {
        CulturalEvent event;
        try {
            event = new Events(request.tenant()).get(id);
        } catch (UnknownObjectException e) {
            return PublicPage.notFound();
        }
        Registrations.Tally tally = new Registrations(request.tenant(), links).tally(id);
        List<Html> parts = new ArrayList<>();
        parts.add(Html.heading(event.title()));
        parts.add(Html.paragraph(t(language, "events.page.when", ChinaTime.shown(event.startsAt()), ChinaTime.shown(event.endsAt()))));
        parts.add(Html.paragraph(t(language, "events.page.where", event.place() == null ? t(language, "events.page.online") : event.place())));
        if (event.description() != null) {
            parts.add(Html.paragraph(event.description()));
        }
        if (event.feeNote() != null) {
            parts.add(Html.paragraph(t(language, "events.page.fee", event.feeNote())));
        }
        if (event.partners() != null) {
            parts.add(Html.paragraph(t(language, "events.page.partners", event.partners())));
        }
        parts.add(Html.paragraph(t(language, "events.page.places", tally.capacity(), Math.max(0, tally.capacity() - tally.taken()))));
        if (error != null) {
            parts.add(Html.error(error));
        }
        if (event.openForSignUp(request.tenant().clock().instant())) {
            parts.add(Html.subheading(t(language, "events.page.sign-up")));
            parts.add(Html.paragraph(t(language, "events.page.consent-text", request.tenant().tenantName())));
            parts.add(Html.form("e/" + id, t(language, "events.page.submit"), typed.isEmpty() ? fields(language) : typed.toArray(Field[]::new)));
        } else {
            parts.add(Html.paragraph(t(language, event.status() == org.qiaoyun.plugins.events.event.Status.CANCELLED
                    ? "events.signup.cancelled" : "events.signup.outside-window")));
        }
        return PublicPage.of(event.title(), Html.of(parts.toArray(Html[]::new))).withStatus(status);
    }

    private static Field[] fields(Locale language) {
        return new Field[] {
            Field.text("name", t(language, "events.field.name"), true, Guest.NAME),
            new Field("phone", t(language, "events.field.phone"), Html.Type.PHONE, false, Guest.PHONE, null, null),
            new Field("email", t(language, "events.field.email"), Html.Type.EMAIL, false, Guest.EMAIL, null, null),
            Field.text("country", t(language, "events.field.country"), false, Guest.COUNTRY),
            Field.text("organisation", t(language, "events.field.organisation"), false, Guest.ORGANISATION),
            new Field("companions", t(language, "events.field.companions"), Html.Type.NUMBER, false, 2, null, null),
            Field.text("notes", t(language, "events.field.notes"), false, Guest.NOTES),
            new Field("consent", t(language, "events.field.consent"), Html.Type.CHECKBOX, true, 3, "yes", null),
        };
    }

    private PublicPage signUp(PublicRequest request, String id, Locale language) {
        try {
            Guest guest = Guest.of(request.form().get("name"), request.form().get("phone"), request.form().get("email"),
                    request.form().get("country"), request.form().get("organisation"), request.form().get("companions"),
                    request.form().get("notes"), "yes".equals(request.form().get("consent")));
            Registration done = new Registrations(request.tenant(), links).signUp(id, guest, request.client());
            return PublicPage.redirect("r/" + done.token());
        } catch (UnknownObjectException e) {
            return PublicPage.notFound();
        } catch (RefusalException refused) {
            String problem = refused.text().in(language, getClass().getClassLoader());
            List<Field> typed = new ArrayList<>();
            for (Field field : fields(language)) {
                String value = field.name().equals("consent") ? "yes" : request.form().get(field.name());
                typed.add(field.with(value, field.name().equals(refused.field()) ? problem : null));
            }
            int status = refused instanceof org.qiaoyun.api.TooManyRequestsException ? 429
                    : refused instanceof org.qiaoyun.api.ConflictException ? 409 : 400;
            return eventPage(request, id, language, typed, problem, status);
        }
    }

    private PublicPage own(PublicRequest request, String token, Locale language) {
        var found = new Registrations(request.tenant(), links).own(token);
        if (found.isEmpty()) {
            return PublicPage.notFound();
        }
        Registration r = found.get().registration();
        CulturalEvent event = found.get().event();
        String title = t(language, "events.page.own-title", event.title());
        List<Html> parts = new ArrayList<>(List.of(Html.heading(event.title()),
                Html.paragraph(t(language, "events.page.when", ChinaTime.shown(event.startsAt()), ChinaTime.shown(event.endsAt()))),
                Html.paragraph(t(language, "events.page.where", event.place() == null ? t(language, "events.page.online") : event.place())),
                Html.paragraph(t(language, "events.page.own-standing", r.name(), t(language, "events.standing." + r.standing().name()), r.people()))));
        if (r.standing() == Standing.WAITING) {
            parts.add(Html.paragraph(t(language, "events.page.ahead", found.get().ahead())));
        }
        if (r.standing() != Standing.CANCELLED) {
            parts.add(Html.subheading(t(language, "events.page.code", r.code())));
            parts.add(Html.image(org.qiaoyun.screens.QrCode.dataUri(r.code()), t(language, "events.page.code-qr", r.code())));
            parts.add(Html.paragraph(t(language, "events.page.code-help")));
            if (!r.attended()) {
                parts.add(Html.form("r/" + token + "/cancel", t(language, "events.page.cancel")));
            }
        }
        if (event.status() == org.qiaoyun.plugins.events.event.Status.CANCELLED) {
            parts.add(Html.error(t(language, "events.page.event-cancelled", event.reason())));
        }
        parts.add(Html.link("e/" + event.id() + "/event.ics", t(language, "events.page.add-to-calendar")));
        parts.add(Html.link("e/" + event.id(), t(language, "events.page.back")));
        return PublicPage.of(title, Html.of(parts.toArray(Html[]::new)));
    }

    private PublicPage cancelOwn(PublicRequest request, String token) {
        try {
            new Registrations(request.tenant(), links).cancelOwn(token);
        } catch (UnknownObjectException e) {
            return PublicPage.notFound();
        } catch (RefusalException alreadyDone) {
            // cancelled twice or already at the event: the page says where it stands
        }
        return PublicPage.redirect("r/" + token);
    }

    private static String t(Locale language, String code, Object... arguments) {
        return Text.of(code, arguments).in(language, SignUpPages.class.getClassLoader());
    }
}
