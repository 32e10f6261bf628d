package org.qiaoyun.plugins.aid.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Money;
import org.qiaoyun.api.PermissionDeniedException;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.api.files.Attachment;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.plugins.aid.AidModule;
import org.qiaoyun.plugins.aid.ResidentIds;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiaries;
import org.qiaoyun.plugins.aid.beneficiary.Beneficiary;
import org.qiaoyun.plugins.aid.beneficiary.Category;
import org.qiaoyun.plugins.aid.beneficiary.VulnerabilityTag;
import org.qiaoyun.plugins.aid.casework.AidCase;
import org.qiaoyun.plugins.aid.casework.AidType;
import org.qiaoyun.plugins.aid.casework.Casework;
import org.qiaoyun.testing.ModuleDatabase;
import org.qiaoyun.testing.TestTenantScope;

/** Papers kept with people and cases, on real PostgreSQL: who may add, read and remove them, and that each stays with its record. */
class AidFilesTest {

    private static final IdVault VAULT = new IdVault(new byte[32], "qiaoyun/aid/resident-id-hash");
    private static final byte[] PDF = "%PDF-1.4 贫困证明 台城街道".getBytes(StandardCharsets.UTF_8);
    private static EntityManagerFactory unit;
    private static int sequence;

    @BeforeAll
    static void database() {
        unit = ModuleDatabase.unit(new AidModule());
    }

    private static Beneficiary register(TestTenantScope scope, String name) {
        sequence++;
        String id = ResidentIds.valid(String.format("440781195503%02d%03d", 1 + sequence % 28, 500 + sequence));
        return new Beneficiaries(scope, VAULT).register(new Beneficiary.Registration(name, id, "13800000000", "台山市台城",
                Category.RETURNEE, Set.of(VulnerabilityTag.LOW_INCOME), null, null, null, LocalDate.of(2026, 11, 1), name));
    }

    @Test
    void aCaseworkerKeepsAPovertyCertificateWithACaseAViewerOpensItAndEveryReadingIsAudited() {
        TestTenantScope worker = new TestTenantScope(unit, "taishan", "worker", "caseworker");
        Beneficiary person = register(worker, "伍伯");
        AidCase aidCase = new Casework(worker).draft(person.id(), AidType.MEDICAL_AID, new Money(80_000), "住院");
        AidFiles files = new AidFiles(worker);

        Attachment kept = files.attach(AidFiles.Holder.CASE, aidCase.id(), "C:\\扫描\\贫困证明.pdf", PDF);
        assertThat(kept.fileName()).isEqualTo("贫困证明.pdf");
        assertThat(kept.mediaType()).isEqualTo("application/pdf");
        assertThat(worker.hasAudited("attachment.add", "case/" + aidCase.id())).isTrue();

        TestTenantScope viewer = worker.as("reader", "viewer");
        assertThat(new AidFiles(viewer).of(AidFiles.Holder.CASE, aidCase.id())).extracting(Attachment::id).containsExactly(kept.id());
        assertThat(new AidFiles(viewer).open(AidFiles.Holder.CASE, aidCase.id(), kept.id()).content()).isEqualTo(PDF);
        assertThat(viewer.hasAudited("attachment.read", "case/" + aidCase.id())).as("the reading is audited").isTrue();
        assertThatThrownBy(() -> new AidFiles(viewer).attach(AidFiles.Holder.CASE, aidCase.id(), "账单.pdf", PDF))
                .as("a viewer reads, never adds").isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> new AidFiles(viewer).remove(AidFiles.Holder.CASE, aidCase.id(), kept.id()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> new AidFiles(worker.as("helper", "volunteer")).of(AidFiles.Holder.CASE, aidCase.id()))
                .as("a volunteer sees no one's papers").isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> new AidFiles(worker.as("helper", "volunteer")).open(AidFiles.Holder.CASE, aidCase.id(), kept.id()))
                .isInstanceOf(PermissionDeniedException.class);

        files.remove(AidFiles.Holder.CASE, aidCase.id(), kept.id());
        assertThat(files.of(AidFiles.Holder.CASE, aidCase.id())).isEmpty();
        assertThat(worker.hasAudited("attachment.remove", "case/" + aidCase.id())).isTrue();
        assertThat(new Casework(worker).timeline(aidCase.id())).as("the papers on the case's timeline, in the reader's words")
                .filteredOn(e -> e.action().endsWith("tach")).extracting(e -> e.comment(java.util.Locale.SIMPLIFIED_CHINESE))
                .containsExactly("添加材料：贫困证明.pdf", "删除材料：贫困证明.pdf");
    }

    @Test
    void aFileIsOpenedOnlyThroughItsOwnRecordAndNeverThroughAnother() {
        TestTenantScope worker = new TestTenantScope(unit, "taishan", "worker", "caseworker");
        Beneficiary one = register(worker, "甄婆");
        Beneficiary other = register(worker, "李伯");
        AidFiles files = new AidFiles(worker);
        Attachment certificate = files.attach(AidFiles.Holder.BENEFICIARY, one.id(), "低保证.pdf", PDF);

        assertThat(files.of(AidFiles.Holder.BENEFICIARY, one.id())).extracting(Attachment::fileName).containsExactly("低保证.pdf");
        assertThat(files.of(AidFiles.Holder.BENEFICIARY, other.id())).isEmpty();
        assertThatThrownBy(() -> files.open(AidFiles.Holder.BENEFICIARY, other.id(), certificate.id()))
                .as("another person's record does not open it").isInstanceOf(UnknownObjectException.class);
        assertThatThrownBy(() -> files.remove(AidFiles.Holder.BENEFICIARY, other.id(), certificate.id()))
                .isInstanceOf(UnknownObjectException.class);
        assertThatThrownBy(() -> files.open(AidFiles.Holder.CASE, one.id(), certificate.id()))
                .as("a person's id is no case").isInstanceOf(UnknownObjectException.class);
        assertThat(files.filesOf(AidFiles.Holder.BENEFICIARY, other.id()).of(AidFiles.Holder.BENEFICIARY.record(one.id())))
                .as("the screen's view names its own record whatever it is asked").isEmpty();

        TestTenantScope kaiping = new TestTenantScope(unit, "kaiping", "worker", "caseworker");
        assertThatThrownBy(() -> new AidFiles(kaiping).of(AidFiles.Holder.BENEFICIARY, one.id()))
                .as("another federation has no such person").isInstanceOf(UnknownObjectException.class);
        assertThat(files.open(AidFiles.Holder.BENEFICIARY, one.id(), certificate.id()).content()).isEqualTo(PDF);
    }

    @Test
    void aFileOfAnotherKindOrEmptyIsRefusedAtTheFileFieldAndNothingIsKept() {
        TestTenantScope worker = new TestTenantScope(unit, "taishan", "worker", "caseworker");
        Beneficiary person = register(worker, "黄姨");
        AidFiles files = new AidFiles(worker);
        assertThatThrownBy(() -> files.attach(AidFiles.Holder.BENEFICIARY, person.id(), "证明.pdf", "MZ\u0090 a program".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("file"));
        assertThatThrownBy(() -> files.attach(AidFiles.Holder.BENEFICIARY, person.id(), "空.pdf", new byte[0]))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> files.attach(AidFiles.Holder.CASE, "no-such-case", "账单.pdf", PDF))
                .isInstanceOf(UnknownObjectException.class);
        assertThat(files.of(AidFiles.Holder.BENEFICIARY, person.id())).isEmpty();
    }
}
