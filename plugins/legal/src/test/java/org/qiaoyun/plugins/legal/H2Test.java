package org.qiaoyun.plugins.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qiaoyun.kernel.persistence.Database;
import org.qiaoyun.kernel.persistence.Migrations;
import org.qiaoyun.kernel.persistence.PersistenceUnits;
import org.qiaoyun.plugins.legal.consultation.ConflictDecision;
import org.qiaoyun.plugins.legal.consultation.Consultation;
import org.qiaoyun.plugins.legal.consultation.Consultations;
import org.qiaoyun.plugins.legal.consultation.Deadlines;
import org.qiaoyun.plugins.legal.consultation.Letter;
import org.qiaoyun.plugins.legal.consultation.Outcome;
import org.qiaoyun.plugins.legal.consultation.Status;
import org.qiaoyun.plugins.legal.education.EducationSession;
import org.qiaoyun.plugins.legal.education.EducationSessions;
import org.qiaoyun.plugins.legal.network.Network;
import org.qiaoyun.testing.TestTenantScope;

/**
 * The platform runs on H2 unless told otherwise: the module's changelog applies there as the kernel applies it,
 * and a matter's whole life (its queries, the calendar, the roster, letters, figures) works on it.
 */
class H2Test {

    private static HikariDataSource pool;
    private static EntityManagerFactory unit;

    @BeforeAll
    static void h2() {
        pool = Database.pool("jdbc:h2:mem:legal-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH",
                null, null, 4);
        LegalModule module = new LegalModule();
        Migrations.run(pool, module.persistence().changelog(), LegalModule.class.getClassLoader());
        unit = PersistenceUnits.build("legal", LegalModule.class.getClassLoader(), PersistenceUnits.rootOf(LegalModule.class),
                module.persistence().entities(), pool);
    }

    @AfterAll
    static void close() {
        unit.close();
        pool.close();
    }

    @Test
    void aPetitionsWholeLifeRunsOnH2() {
        TestFederation f = TestFederation.open(unit, Instant.parse("2026-12-28T02:00:00Z"));
        new Network(f.admin()).putOnDuty(f.station().id(), LocalDate.parse("2026-12-28"), f.a().id());
        TestTenantScope clerk = f.as("clerk", "caseworker");
        Consultation taken = new Consultations(clerk, TestFederation.VAULT).takeInPetition(f.intake("伍振华", "13902220002", null, "某公司"),
                "某镇人民政府", "依法补偿");
        assertThat(taken.dueProvisional()).isTrue();
        assertThat(new Consultations(clerk, TestFederation.VAULT).preview(f.intake("某公司", null, null)).count()).isEqualTo(1);
        Consultation checked = f.head().checkConflicts(taken.id(), taken.version(), ConflictDecision.CLEAR, null);
        assertThat(new org.qiaoyun.plugins.legal.consultation.AssignmentDesk(f.as("head")).candidates(taken.id()).get(0).onDutyToday()).isTrue();
        Consultation assigned = f.head().assign(taken.id(), checked.version(), f.a().id());
        Consultations a = f.consultations("adv-a", "legal_adviser");
        Consultation acknowledged = a.acknowledge(taken.id(), assigned.version(), null);
        Consultation written = a.recordLetter(taken.id(), acknowledged.version(), new Letter.Details(Letter.Direction.SENT,
                LocalDate.parse("2026-12-28"), "某镇人民政府", null, null, null));
        Consultation answered = a.answer(taken.id(), written.version(), "已致函");
        assertThat(a.page(new Consultations.WorkSearch(true, true, false, null, null, null, "振华", true, true), 0, 10).total()).isZero();
        assertThat(new Deadlines(f.admin()).enter(2027, List.of(LocalDate.parse("2027-01-01")), List.of(), null)).isEqualTo(1);
        TestTenantScope closing = f.as("adv-a", "legal_adviser");
        Consultation recounted = a.get(taken.id());
        assertThat(recounted.version()).as("counting again changed the matter").isGreaterThan(answered.version());
        assertThat(recounted.dueProvisional()).isFalse();
        Consultation closed = new Consultations(closing, TestFederation.VAULT).close(taken.id(), recounted.version(),
                new Consultation.Closing(Outcome.UNRESOLVED, null, null, null, "镇政府未答复"));
        assertThat(closed.status()).isEqualTo(Status.CLOSED);
        assertThat(closing.recorded()).containsEntry("closed.overseas-house", BigDecimal.ONE).containsEntry("petitions-open", BigDecimal.ZERO);
        new EducationSessions(closing).record(new EducationSession.Details(LocalDate.parse("2026-12-27"), "普法", "礼堂", null, null, 30));
        assertThat(closing.recorded()).containsEntry("education-attendance", BigDecimal.valueOf(30));
        assertThat(a.timeline(taken.id())).hasSize(7);
    }
}
