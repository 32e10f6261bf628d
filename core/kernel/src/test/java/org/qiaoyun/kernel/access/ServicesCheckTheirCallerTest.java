package org.qiaoyun.kernel.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qiaoyun.kernel.audit.AuditEntry;
import org.qiaoyun.kernel.audit.AuditLog;
import org.qiaoyun.kernel.audit.AuditQuery;
import org.qiaoyun.kernel.identity.UnknownAccountException;
import org.qiaoyun.kernel.persistence.TestDatabases;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;
import org.qiaoyun.kernel.tenant.ProvisioningRequest;
import org.qiaoyun.kernel.tenant.TenantNames;
import org.qiaoyun.kernel.tenant.TenantRuleViolation;
import org.qiaoyun.kernel.tenant.TenantStatus;

/**
 * The kernel's services check who calls them, whatever screen or endpoint forgot to: a viewer cannot make
 * themselves an admin, switch a module, provision or read the audit log; an admin acts on their subtree
 * only and never changes their own federation's status; nobody signed in can do nothing.
 */
class ServicesCheckTheirCallerTest {

    private static Kernel kernel;
    private static CallerIdentity viewer;
    private static CallerIdentity countyAdmin;
    private static CallerIdentity provinceAdmin;

    @BeforeAll
    static void twoCountiesUnderAProvince() {
        kernel = Kernel.start(KernelSettings.forTests(TestDatabases.h2(), Path.of("target/no-plugins")));
        Caller.asSystem(() -> {
            kernel.provisioning().provision(new ProvisioningRequest("gd", "cn", "province", "广东省侨联", "Guangdong", null));
            kernel.provisioning().provision(new ProvisioningRequest("gd-a", "gd", "county", "甲县侨联", "A", null));
            kernel.provisioning().provision(new ProvisioningRequest("gd-b", "gd", "county", "乙县侨联", "B", null));
            kernel.accounts().create("gd-a", "a-viewer", "侨乡台山-2026-viewer", Set.of(Role.VIEWER));
            kernel.accounts().create("gd-a", "a-admin", "侨乡台山-2026-admin", Set.of(Role.ADMIN));
            kernel.accounts().create("gd", "gd-admin", "侨乡广东-2026-admin", Set.of(Role.ADMIN));
            return null;
        });
        viewer = kernel.accounts().identity("a-viewer").orElseThrow();
        countyAdmin = kernel.accounts().identity("a-admin").orElseThrow();
        provinceAdmin = kernel.accounts().identity("gd-admin").orElseThrow();
    }

    @AfterAll
    static void stop() {
        kernel.close();
    }

    private static <T> T as(CallerIdentity caller, Supplier<T> work) {
        return Caller.as(caller, work);
    }

    @Test
    void aViewerCannotMakeThemselvesAnAdmin() {
        assertThatThrownBy(() -> as(viewer, () -> kernel.accounts().changeRoles("a-viewer", Set.of(Role.ADMIN), null)))
                .isInstanceOf(UnknownAccountException.class);
        assertThat(kernel.accounts().identity("a-viewer").orElseThrow().isAdmin()).isFalse();
        assertThatThrownBy(() -> as(viewer, () -> kernel.accounts().create("gd-a", "a-friend", "侨乡台山-2026-friend", Set.of(Role.ADMIN))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(viewer, () -> kernel.accounts().of("gd-a", 0, 10))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aViewerCannotSwitchModulesProvisionOrReadTheAuditLog() {
        assertThatThrownBy(() -> as(viewer, () -> {
            kernel.switchboard().switchModule("gd-a", "anything", true);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(viewer, () -> kernel.provisioning().provision(
                new ProvisioningRequest("gd-a-town", "gd-a", "township", "某镇侨联", "Town", null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(viewer, () -> kernel.provisioning().restrictDescendantModules("gd-a", Set.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(viewer, () -> kernel.audit().search(AuditQuery.of("gd-a"), 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(kernel.tenants().find("gd-a-town")).isEmpty();
    }

    @Test
    void anAdminActsOnTheirSubtreeOnlyAndNeverOnTheirOwnStatus() {
        assertThatThrownBy(() -> as(countyAdmin, () -> kernel.provisioning().provision(
                new ProvisioningRequest("gd-b-town", "gd-b", "township", "某镇侨联", "Town", null))))
                .as("a sibling county is not there for them").isInstanceOf(TenantRuleViolation.class)
                .hasMessage("no tenant with code gd-b");
        assertThatThrownBy(() -> as(countyAdmin, () -> kernel.provisioning().update("gd-b", new TenantNames("改名", "X"), null, null)))
                .isInstanceOf(NotVisibleException.class).hasMessage("no tenant with code gd-b");
        assertThatThrownBy(() -> as(countyAdmin, () -> kernel.accounts().setEnabled("gd-admin", false)))
                .as("users above do not exist for them").isInstanceOf(UnknownAccountException.class);
        assertThatThrownBy(() -> as(countyAdmin, () -> kernel.provisioning().update("gd-a", null, TenantStatus.SUSPENDED, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(provinceAdmin, () -> kernel.provisioning().update("gd-b", new TenantNames("乙县侨联", "B county"), null, null))
                .names().en()).isEqualTo("B county");
    }

    @Test
    void nobodySignedInCanDoNothing() {
        Caller.clear();
        assertThatThrownBy(() -> kernel.provisioning().provision(new ProvisioningRequest("gd-c", "gd", "county", "丙县", "C", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> kernel.accounts().resetPassword("a-viewer", "侨乡台山-2026-reset")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> kernel.switchboard().modulesOf("gd-a")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aParentReadsWhatWasDoneBelowButNotThePersonalDetailsOfModuleEntries() {
        kernel.store().transaction(em -> {
            AuditLog.append(em, "gd-a", "aid.beneficiary.register", "b-1", "张三 4407**********1005");
            return null;
        });
        AuditEntry seenAbove = as(provinceAdmin, () -> kernel.audit().search(new AuditQuery("gd-a", null, "aid.", null, null), 0, 10))
                .get(0);
        assertThat(seenAbove.object()).isEqualTo("b-1");
        assertThat(seenAbove.summary()).isNull();
        AuditEntry seenAtHome = as(countyAdmin, () -> kernel.audit().search(new AuditQuery("gd-a", null, "aid.", null, null), 0, 10))
                .get(0);
        assertThat(seenAtHome.summary()).contains("张三");
        assertThat(as(provinceAdmin, () -> kernel.audit().search(new AuditQuery("gd-a", null, "account.", null, null), 0, 50)))
                .as("the kernel's own entries keep their summaries").anyMatch(e -> e.summary() != null);
    }

    @Test
    void aParentReadsItsWholeSubtreeAtOnceWithTheSameCareAndAChildNeverReadsAbove() {
        kernel.store().transaction(em -> {
            AuditLog.append(em, "gd-a", "aid.case.approve", "c-1", "李四 ¥1,000");
            AuditLog.append(em, "gd-b", "aid.case.approve", "c-2", "王五 ¥2,000");
            AuditLog.append(em, "gd", "aid.fund.open", "f-1", "省级基金");
            return null;
        });
        var subtree = new AuditQuery("gd", null, "aid.", null, null).withSubtree();
        List<AuditEntry> seen = as(provinceAdmin, () -> kernel.audit().search(subtree, 0, 50));
        assertThat(seen).extracting(AuditEntry::object).contains("c-1", "c-2", "f-1");
        assertThat(seen).filteredOn(e -> !e.tenantCode().equals("gd")).allMatch(e -> e.summary() == null);
        assertThat(seen).filteredOn(e -> e.tenantCode().equals("gd")).allMatch(e -> e.summary() != null);
        assertThat(as(provinceAdmin, () -> kernel.audit().count(subtree))).isEqualTo(seen.size());
        assertThat(as(countyAdmin, () -> kernel.audit().search(new AuditQuery("gd-a", null, "aid.", null, null).withSubtree(), 0, 50)))
                .extracting(AuditEntry::object).contains("c-1").doesNotContain("c-2", "f-1");
        assertThatThrownBy(() -> as(countyAdmin, () -> kernel.audit().search(subtree, 0, 50)))
                .as("above one's home").isInstanceOfAny(AccessDeniedException.class, org.qiaoyun.kernel.access.NotVisibleException.class);
    }
}
