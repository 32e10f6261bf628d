package org.qiaoyun.kernel.tenant.tree;

import java.util.logging.Logger;

import org.qiaoyun.kernel.identity.Accounts;
import org.qiaoyun.kernel.identity.Role;
import org.qiaoyun.kernel.module.ModuleHost;
import org.qiaoyun.kernel.module.ModuleSwitchboard;
import org.qiaoyun.kernel.persistence.Store;
import org.qiaoyun.kernel.tenant.Provisioning;
import org.qiaoyun.kernel.tenant.ProvisioningRequest;
import org.qiaoyun.kernel.tenant.TenantLevel;
import org.qiaoyun.kernel.tenant.TenantNames;

/**
 * Makes a tenant tree file true in an empty platform: the demo federations at first start. All
 * tenants are created in one transaction; module policies, switches and the tree's accounts follow. Modules the file
 * names but this platform has not installed are skipped with a warning.
 */
public class TenantTreeProvisioner {

    private static final Logger LOG = Logger.getLogger(TenantTreeProvisioner.class.getName());

    private final Store kernel;
    private final Provisioning provisioning;
    private final ModuleSwitchboard switchboard;
    private final ModuleHost host;
    private final Accounts accounts;

    public TenantTreeProvisioner(Store kernel, Provisioning provisioning, ModuleSwitchboard switchboard, ModuleHost host,
                                 Accounts accounts) {
        this.accounts = accounts;
        this.kernel = kernel;
        this.provisioning = provisioning;
        this.switchboard = switchboard;
        this.host = host;
    }

    public void provision(TenantNode root) {
        if (TenantLevel.parse(root.level()) != TenantLevel.NATIONAL) {
            throw new IllegalArgumentException("the root of a new platform's tree is the national federation");
        }
        kernel.transaction(em -> {
            provisioning.createRoot(em, root.code(), new TenantNames(root.nameZh(), root.nameEn()));
            root.children().forEach(child -> provisionBelow(em, root.code(), child));
            return null;
        });
        applyModules(root);
    }

    private void provisionBelow(jakarta.persistence.EntityManager em, String parent, TenantNode node) {
        provisioning.provision(em, new ProvisioningRequest(node.code(), parent, node.level(), node.nameZh(),
                node.nameEn(), node.divisionCode()));
        node.children().forEach(child -> provisionBelow(em, node.code(), child));
    }

    private void applyModules(TenantNode node) {
        if (node.modulesAllowedForDescendants() != null) {
            provisioning.restrictDescendantModules(node.code(), node.modulesAllowedForDescendants());
        }
        if (node.modulesEnabled() != null) {
            for (String moduleId : node.modulesEnabled()) {
                if (host.find(moduleId).isPresent()) {
                    switchboard.switchModule(node.code(), moduleId, true);
                } else {
                    LOG.warning(() -> "tenant " + node.code() + " enables module " + moduleId + ", which is not installed: skipped");
                }
            }
        }
        for (TenantNode.AccountNode account : node.accounts()) {
            accounts.create(node.code(), account.username(), account.password(),
                    account.roles().stream().map(Role::parse).collect(java.util.stream.Collectors.toSet()));
        }
        node.children().forEach(this::applyModules);
    }
}
