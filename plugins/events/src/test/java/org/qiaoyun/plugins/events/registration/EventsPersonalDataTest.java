package org.qiaoyun.plugins.events.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qiaoyun.plugins.events.EventsDatabase.LINKS;
import static org.qiaoyun.plugins.events.EventsDatabase.gathering;
import static org.qiaoyun.plugins.events.EventsDatabase.scope;
import static org.qiaoyun.plugins.events.EventsDatabase.visitor;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.api.rights.PersonalData;
import org.qiaoyun.plugins.events.event.CulturalEvent;
import org.qiaoyun.plugins.events.event.Events;
import org.qiaoyun.testing.TestTenantScope;

/**
 * A person asks their federation what the events module keeps about them and to have it erased: their registrations
 * found by phone or email however they write it, erased so that the event's counts stay right; only admins.
 */
class EventsPersonalDataTest {

    private final EventsPersonalData data = new EventsPersonalData();

    @Test
    void aPersonsRegistrationsAreFoundByPhoneOrEmailAndErasedKeepingThePlaceTheyTook() {
        TestTenantScope organiser = scope("pd-events", "pd-organiser", "organiser");
        Events events = new Events(organiser);
        CulturalEvent planned = events.plan(gathering(50));
        CulturalEvent event = events.publish(planned.id(), planned.version());
        Registrations publicPage = new Registrations(visitor("pd-events"), LINKS);
        publicPage.signUp(event.id(), Guest.of("陈美华", "139 0224 0001", "chen@example.org", "马来西亚", null, "1", "素食", true));
        publicPage.signUp(event.id(), Guest.of("黄伯", "13902240002", null, null, null, "0", null, true));
        TestTenantScope admin = scope("pd-events", "pd-admin", "admin");

        List<PersonalData.Kept> byPhone = data.find(admin, new PersonalData.Person(null, "139-0224-0001", null));
        assertThat(byPhone).singleElement().satisfies(kept -> {
            assertThat(kept.kind().in(Text.CHINESE, getClass().getClassLoader())).isEqualTo("活动报名");
            assertThat(kept.fields()).extracting(f -> f.label().in(Text.CHINESE, getClass().getClassLoader()))
                    .contains("活动", "姓名", "手机号码", "电子邮箱", "居住国家或地区", "备注", "报名状态");
            assertThat(kept.fields()).extracting(PersonalData.Field::value).contains("陈美华", "13902240001", "素食");
        });
        assertThat(data.find(admin, new PersonalData.Person(null, null, "CHEN@example.org"))).hasSize(1);
        assertThat(data.find(admin, new PersonalData.Person("440781195001151005", null, null))).as("no document numbers kept here").isEmpty();

        data.erase(admin, byPhone.get(0).recordId());
        assertThat(data.find(admin, new PersonalData.Person(null, "13902240001", "chen@example.org"))).isEmpty();
        Registrations.Tally tally = new Registrations(organiser, LINKS).tally(event.id());
        assertThat(tally.taken()).as("the place and the companion stay counted").isEqualTo(3);
        assertThat(admin.audited()).anyMatch(line -> line.startsWith("rights.erase " + byPhone.get(0).recordId()));
        assertThat(String.join("\n", admin.audited())).doesNotContain("陈美华", "13902240001");
        assertThatThrownBy(() -> data.erase(admin, byPhone.get(0).recordId())).as("erased once").isInstanceOf(UnknownObjectException.class);
        assertThat(data.find(admin, new PersonalData.Person(null, "13902240002", null))).as("the others untouched").hasSize(1);
    }

    @Test
    void onlyTheFederationsAdminsSearchOrErase() {
        TestTenantScope organiser = scope("pd-roles", "pd-organiser", "organiser");
        assertThatThrownBy(() -> data.find(organiser, new PersonalData.Person(null, "13902240001", null)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> data.erase(organiser, "registration:x")).isInstanceOf(PermissionDeniedException.class);
    }
}
