package org.qiaoyun.kernel.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qiaoyun.api.IndicatorDefinition.Aggregation;
import org.qiaoyun.api.ModuleUnavailableException;
import org.qiaoyun.kernel.audit.AuditEntry;
import org.qiaoyun.kernel.audit.AuditLog;
import org.qiaoyun.kernel.persistence.TestDatabases;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;
import org.qiaoyun.kernel.tenant.ProvisioningRequest;
import org.qiaoyun.kernel.tenant.TenantReadOnlyException;
import org.qiaoyun.kernel.tenant.TenantStatus;

/**
 * The kernel hosting the real fixture modules (plugin jars built in the reactor): a broken module is
 * FAILED while the greeting module serves; switches and policies open and close the gate at once;
 * data survives a switch off and on.
 */
@org.junit.jupiter.api.extension.ExtendWith(org.qiaoyun.kernel.AsPlatform.class)
class ModuleHostingTest {

    private Kernel kernel;

    @BeforeEach
    void startWithFixtureModules() {
        Path plugins = Path.of(System.getProperty("qiaoyun.test.plugins", "target/test-plugins"));
        kernel = Kernel.start(KernelSettings.forTests(TestDatabases.h2(), plugins));
        kernel.provisioning().provision(new ProvisioningRequest("gd", "cn", "province", "广东省侨联", "Guangdong", null));
        kernel.provisioning().provision(new ProvisioningRequest("gd-jiangmen", "gd", "city", "江门市侨联", "Jiangmen", null));
        kernel.provisioning().provision(new ProvisioningRequest("gd-jiangmen-taishan", "gd-jiangmen", "county", "台山市侨联", "Taishan", "440781"));
    }

    @AfterEach
    void stop() {
        kernel.close();
    }

    @Test
    void brokenModuleFailsWithItsReasonWhileTheOtherStarts() {
        InstalledModule broken = kernel.modules().find("broken").orElseThrow();
        InstalledModule greeting = kernel.modules().find("greeting").orElseThrow();
        assertThat(broken.state()).isEqualTo(ModuleState.FAILED);
        assertThat(broken.failure()).contains("db/broken/changelog.xml");
        assertThat(greeting.state()).isEqualTo(ModuleState.STARTED);
        assertThat(greeting.descriptor().nameZh()).isEqualTo("问候");
        assertThat(kernel.isReady()).isTrue();
    }

    @Test
    void moduleIsClosedUntilTheTenantEnablesIt() {
        assertThat(kernel.gate().check("gd-jiangmen-taishan", "greeting")).isEqualTo(Availability.NOT_ENABLED);
        kernel.switchboard().switchModule("gd-jiangmen-taishan", "greeting", true);
        assertThat(kernel.gate().check("gd-jiangmen-taishan", "greeting")).isEqualTo(Availability.OPEN);
        assertThat(kernel.gate().check("gd-jiangmen", "greeting")).isEqualTo(Availability.NOT_ENABLED);
        kernel.switchboard().switchModule("gd-jiangmen-taishan", "greeting", false);
        assertThat(kernel.gate().check("gd-jiangmen-taishan", "greeting")).isEqualTo(Availability.NOT_ENABLED);
    }

    @Test
    void failedModuleCannotBeOpenedAndUnknownModuleIsNotInstalled() {
        kernel.switchboard().switchModule("gd-jiangmen-taishan", "broken", true);
        assertThat(kernel.gate().check("gd-jiangmen-taishan", "broken")).isEqualTo(Availability.MODULE_FAILED);
        assertThat(kernel.gate().check("gd-jiangmen-taishan", "nope")).isEqualTo(Availability.NOT_INSTALLED);
        assertThatThrownBy(() -> kernel.switchboard().switchModule("gd-jiangmen-taishan", "nope", true))
                .isInstanceOf(UnknownModuleException.class);
    }

    @Test
    void ancestorPolicyForbidsEnablingAndClosesAnEnabledModule() {
        kernel.switchboard().switchModule("gd-jiangmen-taishan", "greeting", true);
        kernel.provisioning().restrictDescendantModules("gd", Set.of("aid"));
        assertThat(kernel.gate().check("gd-jiangmen-taishan", "greeting")).isEqualTo(Availability.NOT_ALLOWED);
        assertThatThrownBy(() -> kernel.switchboard().switchModule("gd-jiangmen-taishan", "greeting", true))
                .isInstanceOf(ModuleNotAllowedException.class);
        // the province's own policy binds its descendants, not the province itself
        kernel.switchboard().switchModule("gd", "greeting", true);
        assertThat(kernel.gate().check("gd", "greeting")).isEqualTo(Availability.OPEN);
        kernel.provisioning().restrictDescendantModules("gd", null);
        assertThat(kernel.gate().check("gd-jiangmen-taishan", "greeting")).isEqualTo(Availability.OPEN);
    }

    @Test
    void tenantViewOfModulesSaysAllowedAndEnabled() {
        kernel.provisioning().restrictDescendantModules("gd-jiangmen", Set.of("broken"));
        List<TenantModule> modules = kernel.switchboard().modulesOf("gd-jiangmen-taishan");
        assertThat(modules).extracting(TenantModule::id).containsExactlyInAnyOrder("greeting", "broken");
        TenantModule greeting = modules.stream().filter(m -> m.id().equals("greeting")).findFirst().orElseThrow();
        assertThat(greeting.allowed()).isFalse();
        assertThat(greeting.enabled()).isFalse();
    }

    @Test
    void disablingKeepsTheDataAndEnablingShowsItAgain() throws Exception {
        kernel.switchboard().switchModule("gd-jiangmen-taishan", "greeting", true);
        InstalledModule greeting = kernel.modules().find("greeting").orElseThrow();
        var context = kernel.contextOf(greeting);
        // the entity class lives in the plugin's own class loader, as it does in the server
        Class<?> entity = kernel.resources().resource("gd-jiangmen-taishan", "greeting").getClass().getClassLoader()
                .loadClass("org.qiaoyun.plugins.greeting.Greeting");
        Object hello = entity.getConstructor(String.class, java.time.Instant.class).newInstance("你好", java.time.Instant.parse("2026-11-25T08:00:00Z"));
        context.tenant("gd-jiangmen-taishan").transaction(em -> {
            em.persist(hello);
            return null;
        });

        kernel.switchboard().switchModule("gd-jiangmen-taishan", "greeting", false);
        assertThatThrownBy(() -> kernel.resources().resource("gd-jiangmen-taishan", "greeting"))
                .isInstanceOf(ModuleUnavailableException.class);
        assertThatThrownBy(() -> context.tenant("gd-jiangmen-taishan"))
                .isInstanceOf(ModuleUnavailableException.class);

        kernel.switchboard().switchModule("gd-jiangmen-taishan", "greeting", true);
        long kept = context.tenant("gd-jiangmen-taishan").transaction(em ->
                em.createQuery("select count(g) from Greeting g", Long.class).getSingleResult());
        assertThat(kept).isEqualTo(1L);
    }

    @Test
    void scopeObtainedWhileEnabledIsRefusedAfterTheSwitch() {
        kernel.switchboard().switchModule("gd-jiangmen-taishan", "greeting", true);
        var context = kernel.contextOf("greeting");
        var scope = context.tenant("gd-jiangmen-taishan");
        kernel.switchboard().switchModule("gd-jiangmen-taishan", "greeting", false);
        assertThatThrownBy(() -> scope.transaction(em -> null)).isInstanceOf(ModuleUnavailableException.class);
    }

    @Test
    void suspendedTenantIsClosedAndArchivedTenantIsReadOnly() {
        kernel.switchboard().switchModule("gd-jiangmen-taishan", "greeting", true);
        kernel.provisioning().update("gd-jiangmen-taishan", null, TenantStatus.SUSPENDED, null);
        assertThat(kernel.gate().check("gd-jiangmen-taishan", "greeting")).isEqualTo(Availability.TENANT_SUSPENDED);
        kernel.provisioning().update("gd-jiangmen-taishan", null, TenantStatus.ARCHIVED, null);
        assertThatThrownBy(() -> kernel.switchboard().switchModule("gd-jiangmen-taishan", "greeting", false))
                .isInstanceOf(TenantReadOnlyException.class);
    }

    /** A new greeting, made with the plugin's own class (the kernel's tests do not compile against it). */
    private Object greeting(String text) throws Exception {
        EntityManagerFactory unit = kernel.modules().find("greeting").orElseThrow().persistence();
        return unit.getMetamodel().getEntities().stream().filter(e -> e.getName().equals("Greeting")).findFirst().orElseThrow()
                .getJavaType().getConstructor(String.class, java.time.Instant.class).newInstance(text, java.time.Instant.parse("2026-11-25T08:00:00Z"));
    }

    @Test
    void archivedFederationsModuleDataIsReadAndAuditedButNeverWritten() throws Exception {
        kernel.switchboard().switchModule("gd-jiangmen-taishan", "greeting", true);
        var taishan = kernel.contextOf("greeting").tenant("gd-jiangmen-taishan");
        Object hello = greeting("你好");
        taishan.transaction(em -> {
            em.persist(hello);
            return null;
        });
        kernel.provisioning().update("gd-jiangmen-taishan", null, TenantStatus.ARCHIVED, null);

        // reads go on, and a read is audited as before
        Long greetings = taishan.transaction(em -> em.createQuery("select count(g) from Greeting g", Long.class).getSingleResult());
        assertThat(greetings).isEqualTo(1);
        taishan.transaction(em -> {
            taishan.audit("read", "greetings", "listed");
            return null;
        });
        List<AuditEntry> latest = kernel.store().transaction(em -> AuditLog.latest(em, "gd-jiangmen-taishan", 0, 1));
        assertThat(latest).extracting(AuditEntry::action).containsExactly("greeting.read");

        // every kind of write is refused, whatever the screen or endpoint forgot to check
        Object another = greeting("再见");
        assertThatThrownBy(() -> taishan.transaction(em -> {
            em.persist(another);
            return null;
        })).isInstanceOf(TenantReadOnlyException.class);
        assertThatThrownBy(() -> taishan.transaction(em -> em.createQuery("update Greeting g set g.text = 'x'").executeUpdate()))
                .isInstanceOf(TenantReadOnlyException.class);
        assertThatThrownBy(() -> taishan.transaction(em -> em.createQuery("delete from Greeting g").executeUpdate()))
                .isInstanceOf(TenantReadOnlyException.class);
        assertThatThrownBy(() -> taishan.record("greetings", YearMonth.of(2026, 11), BigDecimal.ONE))
                .isInstanceOf(TenantReadOnlyException.class);
        List<String> texts = taishan.transaction(em -> em.createQuery("select g.text from Greeting g", String.class).getResultList());
        assertThat(texts).containsExactly("你好");
    }

    @Test
    void textLongerThanItsColumnIsRefusedNamingTheField() throws Exception {
        kernel.switchboard().switchModule("gd-jiangmen-taishan", "greeting", true);
        var taishan = kernel.contextOf("greeting").tenant("gd-jiangmen-taishan");
        Object fits = greeting("侨".repeat(200)); // the column holds 200
        Object tooLong = greeting("侨".repeat(201));
        taishan.transaction(em -> {
            em.persist(fits);
            return null;
        });
        assertThatThrownBy(() -> taishan.transaction(em -> {
            em.persist(tooLong);
            return null;
        })).isInstanceOfSatisfying(org.qiaoyun.api.InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("text");
            assertThat(e.getMessage()).contains("200");
        });
    }

    @Test
    void switchesAndProvisioningAreAudited() {
        kernel.switchboard().switchModule("gd-jiangmen-taishan", "greeting", true);
        List<AuditEntry> entries = kernel.store().transaction(em -> AuditLog.latest(em, "gd-jiangmen-taishan", 0, 10));
        assertThat(entries).extracting(AuditEntry::action).containsExactly("module.enable", "tenant.provision");
        assertThat(entries.get(0).object()).isEqualTo("greeting");
        assertThat(entries.get(0).actor()).isEqualTo("system");
    }

    @Test
    void indicatorsRollUpOverTheSubtree() {
        kernel.provisioning().provision(new ProvisioningRequest("gd-jiangmen-kaiping", "gd-jiangmen", "county", "开平市侨联", "Kaiping", null));
        kernel.switchboard().switchModule("gd-jiangmen-taishan", "greeting", true);
        kernel.switchboard().switchModule("gd-jiangmen-kaiping", "greeting", true);
        var greeting = kernel.modules().find("greeting").orElseThrow();
        var context = kernel.contextOf(greeting);
        YearMonth month = YearMonth.of(2026, 11);
        context.tenant("gd-jiangmen-taishan").record("greetings", month, new BigDecimal("3"));
        context.tenant("gd-jiangmen-kaiping").record("greetings", month, new BigDecimal("4"));
        context.tenant("gd-jiangmen-kaiping").record("greetings", month, new BigDecimal("5")); // replaces 4

        assertThat(kernel.indicators().rollUp("gd", "greeting", "greetings", month, Aggregation.SUM)).isEqualByComparingTo("8");
        assertThat(kernel.indicators().rollUp("gd-jiangmen-taishan", "greeting", "greetings", month, Aggregation.SUM)).isEqualByComparingTo("3");
        assertThat(kernel.indicators().rollUp("gd", "greeting", "greetings", month.plusMonths(1), Aggregation.SUM)).isEqualByComparingTo("0");
        var volunteer = new org.qiaoyun.kernel.access.CallerIdentity("ts-volunteer", "gd-jiangmen-taishan",
                "/cn/gd/gd-jiangmen/gd-jiangmen-taishan/", java.util.Set.of(org.qiaoyun.kernel.access.Role.VOLUNTEER));
        assertThatThrownBy(() -> org.qiaoyun.kernel.access.Caller.as(volunteer,
                () -> kernel.indicators().rollUp("gd-jiangmen-taishan", "greeting", "greetings", month, Aggregation.SUM)))
                .as("figures are read by admins and viewers only").isInstanceOf(org.qiaoyun.kernel.access.AccessDeniedException.class);
        assertThatThrownBy(() -> context.tenant("gd-jiangmen-taishan").record("undeclared", month, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
