package org.qiaoyun.plugins.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.qiaoyun.plugins.events.event.Audience;
import org.qiaoyun.plugins.events.event.CulturalEvent;
import org.qiaoyun.plugins.events.event.Kind;
import org.qiaoyun.plugins.events.registration.Guest;
import org.qiaoyun.plugins.events.registration.Registrations;
import org.qiaoyun.testing.ModuleDatabase;
import org.qiaoyun.testing.TestTenantScope;

/** The module on a real PostgreSQL for tests: scopes of people in a federation at a fixed time, and a few ready-made events. */
public final class EventsDatabase {

    /** 2026-12-01 10:00 in Beijing. */
    public static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    public static final Registrations.Links LINKS = (tenant, token) -> "https://qiaoyun.example.cn/p/" + tenant + "/events/r/" + token;

    private EventsDatabase() {
    }

    public static TestTenantScope scope(String tenant, String user, String... roles) {
        return at(NOW, tenant, user, roles);
    }

    public static TestTenantScope at(Instant now, String tenant, String user, String... roles) {
        return new TestTenantScope(ModuleDatabase.unit(new EventsModule()), tenant, Clock.fixed(now, ZoneOffset.UTC), user, roles);
    }

    /** The public: a scope with nobody signed in. */
    public static Visitor visitor(String tenant) {
        return visitorAt(NOW, tenant);
    }

    public static Visitor visitorAt(Instant now, String tenant) {
        return new Visitor(at(now, tenant, "nobody"));
    }

    /** A Mid-Autumn gathering a week from now, for {@code capacity} people, open for sign-up now. */
    public static CulturalEvent.Details gathering(int capacity) {
        Instant start = NOW.plus(Duration.ofDays(7));
        return new CulturalEvent.Details("中秋联谊晚会", Kind.FESTIVAL, "赏月、粤曲、月饼", "侨联活动中心", false, start, start.plus(Duration.ofHours(3)),
                Audience.EVERYONE, capacity, null, null, false, "免费", "马来西亚台山同乡会");
    }

    public static Guest guest(String name, String phone, int companions) {
        return Guest.of(name, phone, null, "马来西亚", null, Integer.toString(companions), null, true);
    }

    public static Guest guestWithEmail(String name, String email, int companions) {
        return Guest.of(name, null, email, "美国", "旧金山台山同乡会", Integer.toString(companions), null, true);
    }
}
