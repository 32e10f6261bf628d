package org.qiaoyun.kernel.tenant.tree;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.qiaoyun.kernel.identity.Accounts;
import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.module.InstalledModule;
import org.qiaoyun.kernel.module.ModuleHost;
import org.qiaoyun.kernel.module.ModuleSwitchboard;
import org.qiaoyun.kernel.persistence.Store;
import org.qiaoyun.kernel.tenant.Provisioning;

/**
 * Tenant trees as code: {@link #plan} says what applying a tree file would change, without changing
 * anything; {@link #apply} makes it so in one transaction. Applying the same file twice changes nothing
 * the second time. A caller applies trees only within their own subtree; the platform itself (first
 * start, operators' tools) applies any.
 */
public class TenantTrees {

    private final Store store;
    private final Provisioning provisioning;
    private final ModuleSwitchboard switchboard;
    private final ModuleHost host;
    private final Accounts accounts;

    public TenantTrees(Store store, Provisioning provisioning, ModuleSwitchboard switchboard, ModuleHost host, Accounts accounts) {
        this.store = store;
        this.provisioning = provisioning;
        this.switchboard = switchboard;
        this.host = host;
        this.accounts = accounts;
    }

    /**
     * The changes applying the tree would make.
     *
     * @param caller who applies it; null for the platform itself
     * @throws InvalidTreeException listing every error, when the file is refused
     */
    public List<TreeChange> plan(TreeFile tree, CallerIdentity caller) {
        return store.transaction(em -> {
            List<TreeChange> changes = planner(em, caller, false).plan(tree).stream().map(TreePlanner.Step::change).toList();
            em.getTransaction().setRollbackOnly();
            return changes;
        });
    }

    /** Applies the tree in one transaction: all of it or, on any error, nothing. */
    public List<TreeChange> apply(TreeFile tree, CallerIdentity caller) {
        return apply(tree, caller, false);
    }

    /**
     * Applies the demo tree at first start: module ids the platform has not installed (a trial run
     * without some modules) are skipped with a warning instead of refusing the tree.
     */
    public List<TreeChange> applyAtFirstStart(TreeFile tree) {
        return apply(tree, null, true);
    }

    private List<TreeChange> apply(TreeFile tree, CallerIdentity caller, boolean lenientModules) {
        List<TreeChange> changes = store.transaction(em -> {
            List<TreePlanner.Step> steps = planner(em, caller, lenientModules).plan(tree);
            steps.forEach(step -> {
                step.action().accept(em);
                em.flush(); // a parent reaches the database before its children
            });
            return steps.stream().map(TreePlanner.Step::change).toList();
        });
        provisioning.provisioned(changes.stream().filter(change -> change.action().equals("create")).map(TreeChange::tenant).toList());
        return changes;
    }

    private TreePlanner planner(jakarta.persistence.EntityManager em, CallerIdentity caller, boolean lenientModules) {
        Set<String> installed = host.installed().stream().filter(InstalledModule::isStarted).map(InstalledModule::id)
                .collect(Collectors.toSet());
        return new TreePlanner(em, installed, caller, lenientModules, provisioning, switchboard, accounts);
    }
}
