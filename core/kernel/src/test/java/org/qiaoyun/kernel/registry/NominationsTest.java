package org.qiaoyun.kernel.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qiaoyun.api.ConflictException;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.kernel.MovableClock;
import org.qiaoyun.kernel.access.AccessDeniedException;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.audit.AuditQuery;
import org.qiaoyun.kernel.platform.Kernel;

/**
 * 最美基层侨联工作者: a county nominates its township cadre for the province's award; the city recommends it up, the
 * province awards it; another nomination is declined with a reason. Only the levels a nomination reached read it, a
 * decision is taken once, and every read is audited without the nominee's name. Told on H2 and on a real PostgreSQL.
 */
class NominationsTest {

    private Federations world;
    private Kernel kernel;

    void start(String database) {
        world = Federations.of(database)
                .account("gd", "gd-admin", Role.ADMIN)
                .account("gd-jiangmen", "jm-admin", Role.ADMIN)
                .account("gd-jiangmen", "jm-viewer", Role.VIEWER)
                .account("gd-jiangmen-taishan", "ts-admin", Role.ADMIN)
                .account("gd-jiangmen-taishan", "ts-caseworker", Role.CASEWORKER)
                .account("gd-jiangmen-kaiping", "kp-admin", Role.ADMIN);
        kernel = world.kernel;
    }

    @AfterEach
    void stop() {
        if (world != null) {
            world.close();
        }
    }

    private <T> T as(String username, Supplier<T> work) {
        return world.as(username, work);
    }

    private Nomination nominate(String nominee) {
        return as("ts-admin", () -> kernel.nominations().nominate("gd-jiangmen-taishan", new NominationInput(Nomination.Award.WORKER,
                2026, nominee, "扎根侨乡二十年，建起七个村级侨联", "gd")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void aNominationIsRecommendedByTheCityAndAwardedByTheProvince(String database) {
        start(database);
        Nomination sent = nominate("伍秀英");
        assertThat(sent.atTenant()).as("it waits first at the city").isEqualTo("gd-jiangmen");
        assertThat(as("gd-admin", () -> kernel.nominations().of("gd", Nominations.Box.ALL, 0, 10))).as("not yet at the province").isEmpty();
        assertThatThrownBy(() -> as("kp-admin", () -> kernel.nominations().get("gd-jiangmen-kaiping", sent.id())))
                .as("a sibling county does not find it").isInstanceOf(UnknownObjectException.class);
        assertThatThrownBy(() -> as("gd-admin", () -> kernel.nominations().of("gd-jiangmen-taishan", Nominations.Box.SENT, 0, 10)))
                .as("the province does not read the county's nominations through the county").isInstanceOf(AccessDeniedException.class);

        assertThat(as("jm-viewer", () -> kernel.nominations().of("gd-jiangmen", Nominations.Box.WAITING, 0, 10)))
                .extracting(Nomination::nominee).containsExactly("伍秀英");
        assertThatThrownBy(() -> as("jm-viewer", () -> kernel.nominations().recommend("gd-jiangmen", sent.id(), sent.version(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(catchThrowableOfType(() -> as("jm-admin", () -> kernel.nominations().award("gd-jiangmen", sent.id(), sent.version(), null)),
                InvalidInputException.class).field()).as("the city does not award the province's title").isEqualTo("decision");
        Nomination recommended = as("jm-admin", () -> kernel.nominations().recommend("gd-jiangmen", sent.id(), sent.version(), "事迹突出"));
        assertThat(recommended.atTenant()).isEqualTo("gd");
        assertThatThrownBy(() -> as("jm-admin", () -> kernel.nominations().recommend("gd-jiangmen", sent.id(), recommended.version(), null)))
                .as("decided twice").isInstanceOf(ConflictException.class);
        assertThat(as("jm-admin", () -> kernel.nominations().of("gd-jiangmen", Nominations.Box.ALL, 0, 10)))
                .as("the city still reads what it passed on").extracting(Nomination::nominee).containsExactly("伍秀英");

        Nomination awarded = as("gd-admin", () -> kernel.nominations().award("gd", sent.id(), recommended.version(), null));
        assertThat(awarded.status()).isEqualTo(Nomination.Status.AWARDED);
        Nominations.Record record = as("ts-admin", () -> kernel.nominations().get("gd-jiangmen-taishan", sent.id()));
        assertThat(record.steps()).extracting(s -> s.tenantCode() + ":" + s.decision().wireName())
                .as("the history shows on the record").containsExactly("gd-jiangmen-taishan:nominated", "gd-jiangmen:recommended", "gd:awarded");
        assertThatThrownBy(() -> as("gd-admin", () -> kernel.nominations().decline("gd", sent.id(), awarded.version(), "重复")))
                .isInstanceOf(ConflictException.class);

        var reads = as("ts-admin", () -> kernel.audit().search(AuditQuery.of("gd-jiangmen-taishan"), 0, 50));
        assertThat(reads).extracting(e -> e.action()).contains("nomination.nominate", "nomination.read");
        assertThat(reads).extracting(e -> e.summary() + " " + e.object()).as("the audit never names the nominee")
                .noneMatch(said -> said.contains("伍秀英")).anyMatch(said -> said.contains("kernel.registry.award.worker") || said.contains("最美"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2"})
    void aDeclineSaysWhyAndBadNominationsAreRefusedNamingTheField(String database) {
        start("h2");
        Nomination sent = nominate("关志明");
        assertThat(catchThrowableOfType(() -> as("jm-admin", () -> kernel.nominations().decline("gd-jiangmen", sent.id(), sent.version(), " ")),
                InvalidInputException.class).field()).isEqualTo("reason");
        Nomination declined = as("jm-admin", () -> kernel.nominations().decline("gd-jiangmen", sent.id(), sent.version(), "材料不全"));
        assertThat(declined.status()).isEqualTo(Nomination.Status.DECLINED);
        assertThat(as("ts-admin", () -> kernel.nominations().get("gd-jiangmen-taishan", sent.id())).steps().get(1).reason()).isEqualTo("材料不全");
        assertThat(nominate("关志明").status()).as("declined, it may be nominated again").isEqualTo(Nomination.Status.PENDING);
        assertThat(catchThrowableOfType(() -> nominate("关志明"), ConflictException.class)).as("twice at once").isNotNull();

        assertThat(catchThrowableOfType(() -> as("ts-admin", () -> kernel.nominations().nominate("gd-jiangmen-taishan",
                new NominationInput(Nomination.Award.VOLUNTEER, 2026, "李敏", "服务三百小时", "gd-jiangmen-kaiping"))),
                InvalidInputException.class).field()).as("a sibling does not award").isEqualTo("awardingTenant");
        assertThat(catchThrowableOfType(() -> as("ts-admin", () -> kernel.nominations().nominate("gd-jiangmen-taishan",
                new NominationInput(Nomination.Award.VOLUNTEER, 2030, "李敏", "服务三百小时", "gd"))), InvalidInputException.class).field())
                .isEqualTo("year");
        assertThat(catchThrowableOfType(() -> NominationInput.award("best"), InvalidInputException.class).field()).isEqualTo("award");
        assertThatThrownBy(() -> as("ts-caseworker", () -> kernel.nominations().of("gd-jiangmen-taishan", Nominations.Box.SENT, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2"})
    void aModulesEndorsedNominationJoinsTheWayUp(String database) {
        start("h2");
        ModuleRecognition volunteers = new ModuleRecognition("gd-jiangmen-taishan", "volunteers", kernel.store(),
                new MovableClock(Instant.parse("2026-11-25T08:00:00Z")));
        assertThat(volunteers.awardingFederations()).extracting(org.qiaoyun.api.recognition.Recognition.Federation::code)
                .as("nearest first").containsExactly("gd-jiangmen", "gd", "cn");
        String id = as("ts-admin", () -> volunteers.nominate(org.qiaoyun.api.recognition.Recognition.Award.VOLUNTEER, 2026,
                "黄嘉怡", "组织侨眷志愿服务四百小时", "gd"));
        Nomination waiting = as("jm-admin", () -> kernel.nominations().get("gd-jiangmen", id)).nomination();
        assertThat(waiting.source()).isEqualTo("volunteers");
        assertThat(waiting.award()).isEqualTo(Nomination.Award.VOLUNTEER);
        assertThatThrownBy(() -> as("ts-caseworker", () -> volunteers.nominate(org.qiaoyun.api.recognition.Recognition.Award.VOLUNTEER,
                2026, "李敏", "服务三百小时", "gd"))).as("admins send up").isInstanceOf(AccessDeniedException.class);
    }
}
