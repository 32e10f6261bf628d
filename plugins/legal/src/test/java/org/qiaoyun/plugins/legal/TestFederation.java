package org.qiaoyun.plugins.legal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.legal.consultation.Category;
import org.qiaoyun.plugins.legal.consultation.Channel;
import org.qiaoyun.plugins.legal.consultation.Consultation;
import org.qiaoyun.plugins.legal.consultation.Consultations;
import org.qiaoyun.plugins.legal.consultation.Party;
import org.qiaoyun.plugins.legal.consultation.Relation;
import org.qiaoyun.plugins.legal.network.Adviser;
import org.qiaoyun.plugins.legal.network.Network;
import org.qiaoyun.plugins.legal.network.Station;
import org.qiaoyun.plugins.legal.network.StationKind;
import org.qiaoyun.testing.ModuleDatabase;
import org.qiaoyun.testing.TestTenantScope;

/**
 * A federation of its own for a test, on the module's real database, with its network: a centre headed by
 * "head", a station, two adviser accounts ("adv-a" knows overseas houses and speaks 台山话 at the station, "adv-b"
 * marriage and family at the centre) and an external lawyer.
 */
public record TestFederation(TestTenantScope admin, Station centre, Station station, Adviser a, Adviser b, Adviser lawyer) {

    public static final IdVault VAULT = new IdVault(new byte[32], LegalModule.ID_PURPOSE);
    private static final AtomicInteger TENANTS = new AtomicInteger();

    public static TestFederation open(Instant now) {
        return open(ModuleDatabase.unit(new LegalModule()), now);
    }

    /** The same on another database (H2, the platform's default). */
    public static TestFederation open(jakarta.persistence.EntityManagerFactory unit, Instant now) {
        TestTenantScope admin = new TestTenantScope(unit, "legal-" + TENANTS.incrementAndGet(),
                Clock.fixed(now, ZoneOffset.UTC), "admin", "admin");
        Network network = new Network(admin);
        Station centre = network.openCentre(new Station.Details("侨联法律服务中心", "侨联大楼", "周一至周五", "0750-5500000"), "head");
        Station station = network.openStation(StationKind.STATION, centre.id(), new Station.Details("城区服务站", null, null, null));
        Adviser a = network.addAdviser(new Adviser.Profile("adv-a", "李慧文", null, null, EnumSet.of(Category.OVERSEAS_HOUSE),
                List.of("台山话"), Set.of(station.id())));
        Adviser b = network.addAdviser(new Adviser.Profile("adv-b", "陈志明", null, null, EnumSet.of(Category.MARRIAGE_FAMILY),
                List.of("普通话"), Set.of(centre.id())));
        Adviser lawyer = network.addAdviser(new Adviser.Profile(null, "伍律师", "侨乡律师事务所", "14407201010123456",
                EnumSet.of(Category.INHERITANCE), List.of("English"), Set.of(centre.id())));
        return new TestFederation(admin, centre, station, a, b, lawyer);
    }

    public TestTenantScope as(String user, String... roles) {
        return admin.as(user, roles);
    }

    public Consultations consultations(String user, String... roles) {
        return new Consultations(as(user, roles), VAULT);
    }

    /** The centre's head (a viewer by role: the head may hold any role). */
    public Consultations head() {
        return consultations("head", "viewer");
    }

    /** An intake at the station about an overseas Chinese house, naming these other parties. */
    public Consultation.Intake intake(String name, String phone, String residentId, String... others) {
        return new Consultation.Intake(station.id(), Channel.WALK_IN, null, name, phone, Relation.RELATIVE, residentId, "台山话",
                java.util.Arrays.stream(others).map(o -> new Party.Named(o, null)).toList(), Category.OVERSEAS_HOUSE, "祖父名下的侨房被他人占用");
    }
}
