package org.qiaoyun.kernel.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.TenantScope;
import org.qiaoyun.api.UnknownObjectException;
import org.qiaoyun.api.files.Attachment;
import org.qiaoyun.kernel.AsPlatform;
import org.qiaoyun.kernel.MovableClock;
import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.persistence.TestDatabases;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;
import org.qiaoyun.kernel.tenant.ProvisioningRequest;

/**
 * A module keeps files with its records through its scope, on a real PostgreSQL with the greeting fixture: a file
 * commits with the change it belongs to or not at all, is sealed in the database, comes back byte for byte, is seen
 * by no other federation, and every reading and removal is in the audit log.
 */
@org.junit.jupiter.api.extension.ExtendWith(AsPlatform.class)
class AttachmentsTest {

    private static final String TAISHAN = "gd-jiangmen-taishan";
    private static final String KAIPING = "gd-jiangmen-kaiping";
    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-12-01T02:00:00Z"));
    private static final byte[] CERTIFICATE = "%PDF-1.7\n低保证明 台山市台城街道 张阿婆\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    private static String database;
    private static Kernel kernel;

    @BeforeAll
    static void start() {
        Path plugins = Path.of(System.getProperty("qiaoyun.test.plugins", "target/test-plugins"));
        database = TestDatabases.postgres();
        kernel = Kernel.start(KernelSettings.forTests(database, plugins), CLOCK);
        Caller.bindSystem();
        kernel.provisioning().provision(new ProvisioningRequest("gd", "cn", "province", "广东省侨联", "Guangdong", null));
        kernel.provisioning().provision(new ProvisioningRequest("gd-jiangmen", "gd", "city", "江门市侨联", "Jiangmen", null));
        kernel.provisioning().provision(new ProvisioningRequest(TAISHAN, "gd-jiangmen", "county", "台山市侨联", "Taishan", "440781"));
        kernel.provisioning().provision(new ProvisioningRequest(KAIPING, "gd-jiangmen", "county", "开平市侨联", "Kaiping", "440783"));
        kernel.switchboard().switchModule(TAISHAN, "greeting", true);
        kernel.switchboard().switchModule(KAIPING, "greeting", true);
        Caller.clear();
    }

    @AfterAll
    static void stop() {
        kernel.close();
    }

    private static TenantScope taishan() {
        return kernel.contextOf("greeting").tenant(TAISHAN);
    }

    @Test
    void aFileComesBackByteForByteAndEveryReadingIsAudited() {
        Attachment kept = taishan().files().attach("greeting/1", "C:\\扫描\\低保证明.pdf", CERTIFICATE);
        assertThat(kept.fileName()).isEqualTo("低保证明.pdf");
        assertThat(kept.mediaType()).isEqualTo("application/pdf");
        assertThat(kept.size()).isEqualTo(CERTIFICATE.length);
        assertThat(kept.sha256()).hasSize(64);

        assertThat(taishan().files().of("greeting/1")).containsExactly(kept);
        assertThat(taishan().files().open(kept.id()).content()).isEqualTo(CERTIFICATE);
        assertThat(audited("greeting.attachment.read", "greeting/1")).isEqualTo(1);
        assertThat(auditSummaries("greeting/1")).as("the log names no file by its name").noneMatch(s -> s.contains("低保证明"));

        taishan().files().remove(kept.id());
        assertThat(taishan().files().of("greeting/1")).isEmpty();
        assertThat(audited("greeting.attachment.remove", "greeting/1")).isEqualTo(1);
        assertThatThrownBy(() -> taishan().files().open(kept.id())).isInstanceOf(UnknownObjectException.class);
    }

    @Test
    void theContentIsSealedInTheDatabase() throws Exception {
        Attachment kept = taishan().files().attach("greeting/2", "证明.pdf", CERTIFICATE);
        try (Connection c = DriverManager.getConnection(database);
             PreparedStatement s = c.prepareStatement("select content from attachment where id = ?")) {
            s.setString(1, kept.id());
            try (ResultSet row = s.executeQuery()) {
                assertThat(row.next()).isTrue();
                String raw = new String(row.getBytes(1), StandardCharsets.ISO_8859_1);
                assertThat(raw).doesNotContain("%PDF").doesNotContain(new String("低保证明".getBytes(StandardCharsets.UTF_8),
                        StandardCharsets.ISO_8859_1));
            }
        }
    }

    @Test
    void aFileAttachedInAChangeThatRollsBackIsNotKept() {
        TenantScope scope = taishan();
        assertThatThrownBy(() -> scope.transaction(em -> {
            scope.files().attach("greeting/3", "收据.pdf", CERTIFICATE);
            throw new IllegalStateException("the change fails after the file was attached");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(scope.files().of("greeting/3")).isEmpty();
    }

    @Test
    void anotherFederationCannotOpenOrEvenListAFile() {
        Attachment kept = taishan().files().attach("greeting/4", "证明.pdf", CERTIFICATE);
        TenantScope kaiping = kernel.contextOf("greeting").tenant(KAIPING);
        assertThat(kaiping.files().of("greeting/4")).isEmpty();
        assertThatThrownBy(() -> kaiping.files().open(kept.id())).isInstanceOf(UnknownObjectException.class);
        assertThatThrownBy(() -> kaiping.files().remove(kept.id())).isInstanceOf(UnknownObjectException.class);
        assertThat(taishan().files().of("greeting/4")).hasSize(1);
    }

    @Test
    void aFileThatIsNotOfAKeptKindIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> taishan().files().attach("greeting/5", "证明.pdf", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("file"));
        assertThat(taishan().files().of("greeting/5")).isEmpty();
    }

    private static long audited(String action, String object) {
        return kernel.store().transaction(em -> em.createQuery("select count(a) from AuditEntry a where a.action = :action and a.object = :object",
                Long.class).setParameter("action", action).setParameter("object", object).getSingleResult());
    }

    private static List<String> auditSummaries(String object) {
        return kernel.store().transaction(em -> em.createQuery("select a.summary from AuditEntry a where a.object = :object", String.class)
                .setParameter("object", object).getResultList()).stream().map(s -> s == null ? "" : s).toList();
    }
}
