package org.qiaoyun.kernel.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.StaleVersionException;
import org.qiaoyun.api.Text;
import org.qiaoyun.kernel.AsPlatform;
import org.qiaoyun.kernel.MovableClock;
import org.qiaoyun.kernel.access.AccessDeniedException;
import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.audit.AuditEntry;
import org.qiaoyun.kernel.persistence.TestDatabases;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;
import org.qiaoyun.kernel.tenant.ProvisioningRequest;
import org.qiaoyun.kernel.text.Texts;

/**
 * A federation's own SMS sign name: only a name the providers take (2 to 12 Chinese characters, letters or digits; the
 * 【】 around it dropped), refused at the field {@code sign} in plain words otherwise; set and changed naming the version
 * read, removed to go back to the platform's; audited; for its admins only.
 */
@org.junit.jupiter.api.extension.ExtendWith(AsPlatform.class)
class SmsSignTest {

    private static final String TAISHAN = "gd-jiangmen-taishan";

    private Kernel kernel;

    @BeforeEach
    void start() {
        Path plugins = Path.of(System.getProperty("qiaoyun.test.plugins", "target/test-plugins"));
        kernel = Kernel.start(KernelSettings.forTests(TestDatabases.postgres(), plugins), new MovableClock(Instant.parse("2026-12-01T02:00:00Z")));
        kernel.provisioning().provision(new ProvisioningRequest("gd", "cn", "province", "广东省侨联", "Guangdong", null));
        kernel.provisioning().provision(new ProvisioningRequest("gd-jiangmen", "gd", "city", "江门市侨联", "Jiangmen", null));
        kernel.provisioning().provision(new ProvisioningRequest(TAISHAN, "gd-jiangmen", "county", "台山市侨联", "Taishan", "440781"));
        kernel.accounts().create(TAISHAN, "taishan-viewer", "Qiao-yun-2026!", Set.of(Role.VIEWER));
    }

    @AfterEach
    void stop() {
        kernel.close();
    }

    @Test
    void onlyANameTheProvidersTakeIsTakenAndTheRefusalNamesTheField() {
        Texts texts = new Texts();
        for (String wrong : new String[] {"", "   ", "侨", "台山市归国华侨联合会侨务办公室", "台山 侨联", "台山侨联!", "<b>侨联</b>"}) {
            assertThatThrownBy(() -> SignName.of(wrong)).as(wrong).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("sign"));
        }
        InvalidInputException tooLong = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(
                () -> SignName.of("台山市归国华侨联合会侨务办公室"));
        assertThat(texts.render(tooLong, Texts.CHINESE)).isEqualTo("短信签名须为 2 到 12 个字，现在是 15 个");
        assertThat(SignName.of(" 【台山侨联】 ").value()).isEqualTo("台山侨联");
        assertThat(SignName.of("Qiaoyun2026").value()).isEqualTo("Qiaoyun2026");
        assertThat(SignName.of("侨联").toString()).isEqualTo("【侨联】");
    }

    @Test
    void anAdminSetsChangesAndRemovesItNamingTheVersionReadAndEachChangeIsAudited() {
        assertThat(kernel.smsSigns().of(TAISHAN)).isEmpty();
        SmsSign set = kernel.smsSigns().set(TAISHAN, "【台山侨联】", null);
        assertThat(set.sign().value()).isEqualTo("台山侨联");
        assertThat(kernel.smsSigns().signOf(TAISHAN)).contains("台山侨联");
        assertThatThrownBy(() -> kernel.smsSigns().set(TAISHAN, "台山市侨联", null)).as("a change names the version read")
                .isInstanceOf(InvalidInputException.class);
        SmsSign changed = kernel.smsSigns().set(TAISHAN, "台山市侨联", set.version());
        assertThatThrownBy(() -> kernel.smsSigns().set(TAISHAN, "台山侨务", set.version())).as("over someone else's change")
                .isInstanceOf(StaleVersionException.class);
        assertThat(kernel.smsSigns().signOf(TAISHAN)).contains("台山市侨联");
        assertThat(changed.version()).isGreaterThan(set.version());

        assertThat(kernel.smsSigns().remove(TAISHAN)).isTrue();
        assertThat(kernel.smsSigns().remove(TAISHAN)).isFalse();
        assertThat(kernel.smsSigns().signOf(TAISHAN)).as("the platform's again").isEmpty();
        assertThatThrownBy(() -> kernel.smsSigns().set(TAISHAN, "台山侨务", changed.version())).as("removed since it was read")
                .isInstanceOf(StaleVersionException.class);

        List<AuditEntry> audit = kernel.store().transaction(em -> em.createQuery(
                "select a from AuditEntry a where a.action = 'notify.sms-sign' order by a.at, a.id", AuditEntry.class).getResultList());
        assertThat(audit).extracting(a -> new Texts().kept(a.summary(), Texts.CHINESE))
                .containsExactlyInAnyOrder("短信签名设为【台山侨联】", "短信签名设为【台山市侨联】", "移除本侨联的短信签名，改用平台签名");
    }

    @Test
    void aViewerNeitherSeesNorSetsIt() {
        var viewer = kernel.accounts().identity("taishan-viewer").orElseThrow();
        assertThatThrownBy(() -> Caller.as(viewer, () -> kernel.smsSigns().of(TAISHAN))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Caller.as(viewer, () -> kernel.smsSigns().set(TAISHAN, "台山侨联", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Caller.as(viewer, () -> kernel.smsSigns().remove(TAISHAN))).isInstanceOf(AccessDeniedException.class);
        assertThat(Text.of("kernel.audit.notify.sms-sign").code()).isNotBlank();
    }
}
