package org.qiaoyun.plugins.events;

import org.qiaoyun.api.pages.PublicPage;
import org.qiaoyun.api.pages.PublicPages;
import org.qiaoyun.api.pages.PublicRequest;
import org.qiaoyun.plugins.events.calendar.CalendarPages;
import org.qiaoyun.plugins.events.newsletter.NewsletterPages;
import org.qiaoyun.plugins.events.registration.SignUpPages;

/**
 * The module's public pages: {@code newsletter/...} for the newsletter's, {@code calendar.ics} and
 * {@code e/<id>/event.ics} for calendars, everything else for the sign-up pages.
 */
final class EventsPages implements PublicPages {

    private final SignUpPages signUp;
    private final CalendarPages calendars;
    private final NewsletterPages newsletter = new NewsletterPages();

    EventsPages(SignUpPages signUp, CalendarPages calendars) {
        this.signUp = signUp;
        this.calendars = calendars;
    }

    @Override
    public PublicPage answer(PublicRequest request) {
        if (CalendarPages.serves(request.path())) {
            return calendars.answer(request);
        }
        if (!request.path().isEmpty() && request.path().get(0).equals("newsletter")) {
            return newsletter.answer(request, request.path().subList(1, request.path().size()));
        }
        return signUp.answer(request);
    }
}
