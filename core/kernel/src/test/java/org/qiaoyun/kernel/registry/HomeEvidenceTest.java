package org.qiaoyun.kernel.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.RefusalException;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.api.files.Attachment;
import org.qiaoyun.kernel.access.AccessDeniedException;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.audit.AuditQuery;

/**
 * A home shows its venue with a photo and its activities with a programme: its county keeps the files, the city that
 * assesses it reads them, a caseworker and a sibling county do not; a program posing as a PDF is refused, and every
 * reading is audited without the file's name.
 */
class HomeEvidenceTest {

    private static final byte[] PROGRAMME = "%PDF-1.7\n台城侨胞之家 2026 年活动安排\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    private Federations world;
    private Home home;

    @BeforeEach
    void aCountyWithAHome() {
        world = Federations.of("h2")
                .account("gd-jiangmen", "jm-admin", Role.ADMIN)
                .account("gd-jiangmen-taishan", "ts-admin", Role.ADMIN)
                .account("gd-jiangmen-taishan", "ts-viewer", Role.VIEWER)
                .account("gd-jiangmen-taishan", "ts-caseworker", Role.CASEWORKER)
                .account("gd-jiangmen-kaiping", "kp-admin", Role.ADMIN);
        home = world.as("ts-admin", () -> world.kernel.homes().register("gd-jiangmen-taishan", "台城侨胞之家", "台城街道", Home.Hosting.STANDALONE));
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void theCountyKeepsTheEvidenceAndTheCityThatAssessesReadsIt() {
        String record = Homes.evidenceRecord(home.id(), Have.ACTIVITIES);
        Attachment kept = world.as("ts-admin", () -> world.kernel.homeEvidence("gd-jiangmen-taishan").attach(record, "活动安排.pdf", PROGRAMME));
        assertThat(kept.mediaType()).isEqualTo("application/pdf");

        assertThat(world.as("jm-admin", () -> world.kernel.homeEvidence("gd-jiangmen-taishan").of(record)))
                .extracting(Attachment::fileName).containsExactly("活动安排.pdf");
        assertThat(world.as("ts-viewer", () -> world.kernel.homeEvidence("gd-jiangmen-taishan").open(kept.id())).content()).isEqualTo(PROGRAMME);
        assertThat(world.as("ts-admin", () -> world.kernel.homeEvidence("gd-jiangmen-taishan")
                .of(Homes.evidenceRecord(home.id(), Have.VENUE)))).as("each have its own").isEmpty();

        assertThatThrownBy(() -> world.as("ts-caseworker", () -> world.kernel.homeEvidence("gd-jiangmen-taishan").of(record)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> world.as("ts-viewer", () -> world.kernel.homeEvidence("gd-jiangmen-taishan").attach(record, "x.pdf", PROGRAMME)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> world.as("kp-admin", () -> world.kernel.homeEvidence("gd-jiangmen-kaiping").open(kept.id())))
                .as("another federation's file is not found").isInstanceOf(UnknownObjectException.class);
        assertThatThrownBy(() -> world.as("ts-admin", () -> world.kernel.homeEvidence("gd-jiangmen-taishan")
                .attach(record, "照片.pdf", "MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1))))
                .as("typed by content, not by name").isInstanceOf(RefusalException.class);

        world.as("ts-admin", () -> {
            world.kernel.homeEvidence("gd-jiangmen-taishan").remove(kept.id());
            return null;
        });
        assertThat(world.as("ts-admin", () -> world.kernel.homeEvidence("gd-jiangmen-taishan").of(record))).isEmpty();
        var audited = world.as("ts-admin", () -> world.kernel.audit().search(AuditQuery.of("gd-jiangmen-taishan"), 0, 50));
        assertThat(audited).extracting(e -> e.action()).contains("home.evidence-add", "home.evidence-read", "home.evidence-remove");
        assertThat(audited).extracting(e -> e.summary() + " " + e.object()).noneMatch(said -> said.contains("活动安排"));
    }
}
