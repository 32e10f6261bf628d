package org.qiaoyun.plugins.volunteers.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qiaoyun.plugins.volunteers.VolunteersDatabase.NOW;
import static org.qiaoyun.plugins.volunteers.VolunteersDatabase.scope;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.Text;
import org.qiaoyun.plugins.volunteers.activity.Activities;
import org.qiaoyun.plugins.volunteers.activity.Activity;
import org.qiaoyun.plugins.volunteers.recognition.Nominations;
import org.qiaoyun.plugins.volunteers.shift.Retirements;
import org.qiaoyun.plugins.volunteers.shift.Rosters;
import org.qiaoyun.plugins.volunteers.shift.Shift;
import org.qiaoyun.plugins.volunteers.shift.SignUp;
import org.qiaoyun.plugins.volunteers.volunteer.Registry;
import org.qiaoyun.plugins.volunteers.volunteer.Volunteer;
import org.qiaoyun.testing.ModuleDatabase;
import org.qiaoyun.testing.TestTenantScope;

/**
 * The volunteer module's keeping period: a volunteer who left service (or was never approved) is erased three years
 * after leaving by default, never before, never while serving, never while a nomination of theirs is being decided;
 * their hours stay with the shifts they served.
 */
class VolunteersKeepingTest {

    private static final ClassLoader LOADER = VolunteersKeepingTest.class.getClassLoader();

    private static TestTenantScope at(TestTenantScope scope, Instant moment) {
        return scope.at(Clock.fixed(moment, ZoneOffset.UTC));
    }

    @Test
    void aVolunteerWhoLeftIsErasedWhenTheKeepingPeriodEndsAndNeverOneWhoServesOrIsBeingNominated() throws Exception {
        TestTenantScope organiser = scope("keep-vol", "organiser", "organiser");
        Registry registry = new Registry(organiser);
        Volunteer serving = registry.register(new Registry.Form("serving", "陈服务", "13902241001", null, null, null, null));
        Volunteer left = registry.register(new Registry.Form("left", "李离开", "13902241002", "摄影", "粤语", "台城街道", "周末"));
        Volunteer nominated = registry.register(new Registry.Form("nominated", "黄提名", "13902241003", null, null, null, null));
        Volunteer pending = new Registry(organiser.as("pending", "volunteer"))
                .register(new Registry.Form("pending", "吴待批", "13902241004", null, null, null, null));
        assertThat(pending.status()).isEqualTo(Volunteer.Status.PENDING);
        Instant start = NOW.plus(Duration.ofDays(1));
        Activity activity = new Activities(organiser).create("侨乡文化节", null, "台山市文化广场", "台城街道");
        Shift shift = new Rosters(organiser).plan(activity.id(), new Shift.Draft(null, start, start.plus(Duration.ofHours(4)), 5, null, null));
        SignUp served = new Rosters(organiser).signUp(shift.id(), left.id());
        new Rosters(at(organiser, start.minus(Duration.ofMinutes(10)))).checkIn(served.id(), shift.checkInCode());
        new Rosters(at(organiser, start.plus(Duration.ofHours(4)))).checkOut(served.id());
        TestTenantScope afterwards = at(organiser, start.plus(Duration.ofDays(1)));
        new Retirements(afterwards).retire(left.id(), "搬到外地", registry.volunteer(left.id()).version());
        new Nominations(afterwards).propose(nominated.id(), "最美基层侨联志愿者", 2026, "多年坚持参加侨乡文化节的志愿服务");
        new Retirements(afterwards).retire(nominated.id(), "身体原因", registry.volunteer(nominated.id()).version());

        VolunteersKeeping keeping = new VolunteersKeeping();
        assertThat(keeping.kinds()).singleElement().satisfies(kind -> {
            assertThat(kind.code()).isEqualTo("volunteer");
            assertThat(kind.defaultMonths()).isEqualTo(36);
            assertThat(kind.leastMonths()).isEqualTo(12);
            assertThat(kind.name().in(Text.CHINESE, LOADER)).isEqualTo("已退出或未获批准的志愿者");
            assertThat(kind.from().in(Text.ENGLISH, LOADER)).contains("left service");
        });
        Instant leftOn = start.plus(Duration.ofDays(1));
        TestTenantScope almost = at(organiser.as("system"), leftOn.atOffset(ZoneOffset.UTC).plusMonths(36).minusDays(1).toInstant());
        assertThat(keeping.eraseEnded(almost, "volunteer", 36))
                .as("a day before three years since one left: only the one never approved, registered two days before").isEqualTo(1);
        assertThat(registry.volunteer(pending.id()).erased()).isTrue();
        assertThat(registry.volunteer(left.id()).erased()).isFalse();
        TestTenantScope later = at(organiser.as("system"), leftOn.atOffset(ZoneOffset.UTC).plusMonths(36).plusDays(1).toInstant());
        assertThat(keeping.eraseEnded(later, "volunteer", 48)).as("a federation that keeps four years").isZero();
        assertThat(keeping.eraseEnded(later, "volunteer", 36)).as("three years since they left").isEqualTo(1);
        assertThat(keeping.eraseEnded(later, "volunteer", 36)).as("run again, nothing more").isZero();
        assertThat(keeping.eraseEnded(later, "shifts", 36)).as("not a kind of the module").isZero();

        assertThat(registry.volunteer(left.id()).erased()).isTrue();
        assertThat(registry.volunteer(pending.id()).erased()).isTrue();
        assertThat(registry.volunteer(serving.id()).erased()).as("a volunteer who serves is kept").isFalse();
        assertThat(registry.volunteer(nominated.id()).erased()).as("a nomination being decided").isFalse();
        try (Connection c = ModuleDatabase.pool().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select minutes from vol_sign_up where id = '" + served.id() + "'")) {
            rs.next();
            assertThat(rs.getInt("minutes")).as("the hours served stay with the shift").isEqualTo(240);
        }
        assertThat(later.audited()).anyMatch(line -> line.startsWith("rights.retention volunteer"));
        assertThat(String.join("\n", later.audited())).doesNotContain("李离开", "13902241002", "吴待批");
    }
}
