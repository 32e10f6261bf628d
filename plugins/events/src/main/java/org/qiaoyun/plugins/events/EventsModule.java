package org.qiaoyun.plugins.events;

import java.util.List;
import java.util.Optional;

import org.pf4j.Extension;
import org.qiaoyun.api.IndicatorDefinition;
import org.qiaoyun.api.Module;
import org.qiaoyun.api.ModuleContext;
import org.qiaoyun.api.ModuleDescriptor;
import org.qiaoyun.api.ModulePersistence;
import org.qiaoyun.api.ModuleView;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.staffing.Staffing;
import org.qiaoyun.plugins.events.calendar.CalendarPages;
import org.qiaoyun.plugins.events.event.EventStaffing;
import org.qiaoyun.plugins.events.event.CulturalEvent;
import org.qiaoyun.plugins.events.newsletter.Article;
import org.qiaoyun.plugins.events.newsletter.Delivery;
import org.qiaoyun.plugins.events.newsletter.Edition;
import org.qiaoyun.plugins.events.newsletter.NewsletterLinks;
import org.qiaoyun.plugins.events.newsletter.Subscriber;
import org.qiaoyun.plugins.events.registration.Registration;
import org.qiaoyun.plugins.events.registration.Registrations;
import org.qiaoyun.plugins.events.registration.SignUpPages;
import org.qiaoyun.plugins.events.ui.CalendarView;
import org.qiaoyun.plugins.events.ui.DoorView;
import org.qiaoyun.plugins.events.ui.EditionView;
import org.qiaoyun.plugins.events.ui.NewsletterView;
import org.qiaoyun.plugins.events.ui.SubscribersView;
import org.qiaoyun.plugins.events.ui.EventView;
import org.qiaoyun.plugins.events.ui.EventsView;

/**
 * Cultural events (文化交流): festival gatherings, root-seeking tours, camps, lectures, exhibitions and receptions;
 * people sign up on a public page (or staff register them), wait in line when it is full, and are checked in at
 * the door by their code; figures go up the tree.
 *
 * <p>One setting, {@code qiaoyun.events.public-url} ({@code QIAOYUN_EVENTS_PUBLIC_URL}): the address the public
 * reaches the platform at, for the personal links in emails (default {@code http://localhost:8080}).
 */
@Extension
public class EventsModule implements Module {

    private volatile String publicUrl = "http://localhost:8080";
    /** The kernel's context, kept from start for finding the volunteer module's staffing per tenant (never static). */
    private volatile ModuleContext context;

    @Override
    public ModuleDescriptor descriptor() {
        return new ModuleDescriptor("events", "文化交流", "Cultural events",
                "节庆联谊、寻根之旅、夏令营、讲座展览与侨团接待：公开报名页、候补名单、现场签到与到场统计。",
                "Festival gatherings, root-seeking tours, camps, lectures, exhibitions and receptions: a public sign-up page,"
                        + " a waiting list, check-in at the door and attendance.");
    }

    @Override
    public ModulePersistence persistence() {
        return new ModulePersistence(List.of(CulturalEvent.class, Registration.class, Subscriber.class, Edition.class, Article.class,
                Delivery.class, org.qiaoyun.plugins.events.registration.ClientSignUp.class), "db/events/changelog.xml");
    }

    @Override
    public void start(ModuleContext context) {
        this.context = context;
        context.setting("public-url").filter(url -> url.startsWith("http")).ifPresent(url -> publicUrl = url.replaceAll("/+$", ""));
    }

    /** Where a person's own page is, for the link their email carries. */
    Registrations.Links links() {
        String base = publicUrl;
        return (tenant, token) -> base + "/p/" + tenant + "/events/r/" + token;
    }

    /** Where the newsletter's archive and each reader's unsubscribe page are, for the links its emails carry. */
    NewsletterLinks newsletterLinks() {
        return NewsletterLinks.under(publicUrl);
    }

    /** Staffing from the volunteer module in this tenant, present only while it runs and both modules are on there. */
    EventStaffing staffing(TenantScope tenant) {
        ModuleContext running = context;
        return new EventStaffing(tenant, running == null ? Optional.empty() : running.service(Staffing.class, tenant.tenantCode()));
    }

    @Override
    public Object resource(TenantScope tenant) {
        return new EventsResource(tenant, links(), newsletterLinks(), staffing(tenant));
    }

    @Override
    public List<ModuleView> views() {
        Registrations.Links links = links();
        return List.of(
                new ModuleView("", EventsView.class, EventsView::new, "文化交流活动", "Cultural events"),
                new ModuleView("event/:id", EventView.class, tenant -> new EventView(tenant, links, staffing(tenant)), "活动", "Event"),
                new ModuleView("door/:id", DoorView.class, tenant -> new DoorView(tenant, links), "现场签到", "Check-in")
                        .forRoles(Permissions.ORGANISER, "admin"),
                new ModuleView("calendar", CalendarView.class, CalendarView::new, "活动日历", "Events calendar"),
                new ModuleView("newsletter", NewsletterView.class, tenant -> new NewsletterView(tenant, newsletterLinks()), "侨刊乡讯",
                        "Newsletter").forRoles(Permissions.ORGANISER, "admin", "viewer"),
                new ModuleView("newsletter/edition/:id", EditionView.class, tenant -> new EditionView(tenant, newsletterLinks()), "侨刊乡讯",
                        "Newsletter edition").forRoles(Permissions.ORGANISER, "admin", "viewer"),
                new ModuleView("newsletter/subscribers", SubscribersView.class, SubscribersView::new, "侨刊乡讯订阅名单", "Newsletter readers")
                        .forRoles(Permissions.ORGANISER, "admin"));
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        List<IndicatorDefinition> all = new java.util.ArrayList<>(EventsIndicators.definitions());
        all.addAll(org.qiaoyun.plugins.events.newsletter.NewsletterIndicators.definitions());
        return List.copyOf(all);
    }

    @Override
    public List<Object> services() {
        return List.of(new EventsPages(new SignUpPages(links()), new CalendarPages(publicUrl)), new EventsDemoData(links(), newsletterLinks()),
                new EventsDailyWork(), new org.qiaoyun.plugins.events.registration.EventsPersonalData(),
                new org.qiaoyun.plugins.events.registration.EventsKeeping(), // registrations erased when their keeping period ends
                new org.qiaoyun.plugins.events.archive.EventsRecords()); // the federation's records when it moves platform
    }
}
