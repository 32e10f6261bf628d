package org.qiaoyun.kernel.tenant.tree;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;

import jakarta.persistence.EntityManager;

import org.qiaoyun.kernel.identity.Accounts;
import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.identity.IdentityRuleViolation;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.module.ModuleSwitchboard;
import org.qiaoyun.kernel.tenant.DivisionCode;
import org.qiaoyun.kernel.tenant.Provisioning;
import org.qiaoyun.kernel.tenant.ProvisioningRequest;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.TenantCode;
import org.qiaoyun.kernel.tenant.TenantDirectory;
import org.qiaoyun.kernel.tenant.TenantLevel;
import org.qiaoyun.kernel.tenant.TenantNames;
import org.qiaoyun.kernel.tenant.TenantRuleViolation;
import org.qiaoyun.kernel.tenant.TenantStatus;

/**
 * Compares a tenant tree file with the database and works out what applying it changes, checking
 * every rule on the way: codes, levels under their parents, names, unknown or foreign parents,
 * duplicate codes and cycles, modules that are not installed or not allowed, the caller's subtree.
 * Every error is collected, so a refused file lists all its faults. Each change comes with the step
 * that makes it, run later in one transaction by {@link TenantTrees#apply}.
 */
final class TreePlanner {

    private static final Logger LOG = Logger.getLogger(TreePlanner.class.getName());

    /** A change and the step that makes it. */
    record Step(TreeChange change, Consumer<EntityManager> action) {
    }

    private final EntityManager em;
    private final Set<String> installed;
    private final CallerIdentity caller;
    private final boolean lenientModules;
    private final Provisioning provisioning;
    private final ModuleSwitchboard switchboard;
    private final Accounts accounts;

    private final List<TreeError> errors = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private final Map<String, Integer> seen = new HashMap<>();
    private Map<String, Tenant> existing = Map.of();
    private Map<String, Set<String>> enabled = Map.of();

    TreePlanner(EntityManager em, Set<String> installed, CallerIdentity caller, boolean lenientModules,
                Provisioning provisioning, ModuleSwitchboard switchboard, Accounts accounts) {
        this.em = em;
        this.installed = installed;
        this.caller = caller;
        this.lenientModules = lenientModules;
        this.provisioning = provisioning;
        this.switchboard = switchboard;
        this.accounts = accounts;
    }

    /** The steps of applying the tree, or {@link InvalidTreeException} with every error of shape and meaning. */
    List<Step> plan(TreeFile file) {
        errors.addAll(file.shapeErrors());
        TenantNode root = file.root();
        Tenant stored = root.code() == null ? null : em.find(Tenant.class, root.code());
        Tenant parent = resolveRootParent(root, stored);
        if (stored != null && caller != null && !caller.canAdminister(stored)) {
            throw new InvalidTreeException(errors); // nothing below a federation one may not change is looked at, or told
        }
        String scope = stored != null ? stored.path() : parent != null ? parent.path() : "/";
        loadSubtree(scope);
        Set<String> inherited = parent == null ? null : allowedBelow(TenantDirectory.lineage(em, parent));
        TenantLevel parentLevel = parent == null ? null : parent.level();
        visit(root, parent == null ? null : parent.code(), parentLevel, inherited, new ArrayList<>());
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(TreeError::line));
            throw new InvalidTreeException(errors);
        }
        return steps;
    }

    private Tenant resolveRootParent(TenantNode root, Tenant stored) {
        if (stored != null && caller != null && !caller.canSee(stored)) {
            // codes are unique across the platform, so that it is taken may be said; where it hangs and what it is, not
            error(root.lineOf("code"), "code", "code " + root.code() + " is taken by a federation outside your subtree");
            return null;
        }
        if (stored != null) {
            if (root.parent() != null && !root.parent().equals(stored.parentCode())) {
                error(root.lineOf("parent"), "parent", "tenant " + root.code() + " exists under " + stored.parentCode()
                        + "; moving a tenant is not supported");
            }
            if (caller != null && !caller.canAdminister(stored)) {
                error(root.lineOf("code"), "code", "only an admin of " + root.code() + " or above may change it");
            }
            return stored.parentCode() == null ? null : em.find(Tenant.class, stored.parentCode());
        }
        if (root.parent() == null) {
            boolean emptyPlatform = em.createQuery("select count(t) from Tenant t", Long.class).getSingleResult() == 0;
            if (!emptyPlatform || caller != null) {
                error(root.lineOf("parent"), "parent", "a new top federation names the existing tenant it hangs under (parent)");
            }
            return null;
        }
        Tenant parent = em.find(Tenant.class, root.parent());
        if (parent == null || (caller != null && !caller.canSee(parent))) {
            error(root.lineOf("parent"), "parent", "no tenant with code " + root.parent());
            return null;
        }
        if (caller != null && !caller.canAdminister(parent)) {
            error(root.lineOf("parent"), "parent", "only an admin of " + root.parent() + " or above may provision below it");
        }
        return parent;
    }

    private void loadSubtree(String path) {
        existing = new HashMap<>();
        em.createQuery("select t from Tenant t where t.path like :path", Tenant.class).setParameter("path", path + "%")
                .getResultList().forEach(t -> existing.put(t.code(), t));
        enabled = ModuleSwitchboard.enabledInSubtree(em, path);
    }

    /**
     * Checks one federation and plans its changes, then its children's.
     *
     * @param allowedHere what the ancestors' policies let this federation use (null: everything)
     */
    private void visit(TenantNode node, String parentCode, TenantLevel parentLevel, Set<String> allowedHere,
                       List<String> ancestors) {
        String code = node.code();
        if (code != null && ancestors.contains(code)) {
            error(node.lineOf("code"), "code", "cycle: " + code + " appears as its own ancestor");
            return;
        }
        if (code != null && seen.containsKey(code)) {
            error(node.lineOf("code"), "code", "duplicate code " + code + " (also on line " + seen.get(code) + ")");
        } else if (code != null) {
            seen.put(code, node.line());
        }
        // missing fields were reported while reading; only present ones are checked here
        TenantLevel level = node.level() == null ? null
                : check(node.lineOf("level"), "level", () -> TenantLevel.parse(node.level()));
        if (code != null) {
            check(node.lineOf("code"), "code", () -> TenantCode.of(code));
        }
        TenantNames names = node.nameZh() == null || node.nameEn() == null ? null
                : check(node.lineOf("nameZh"), "nameZh", () -> new TenantNames(node.nameZh(), node.nameEn()));
        DivisionCode division = check(node.lineOf("divisionCode"), "divisionCode", () -> DivisionCode.ofNullable(node.divisionCode()));
        TenantStatus status = node.status() == null ? null : check(node.lineOf("status"), "status", () -> TenantStatus.parse(node.status()));
        if (level != null && parentLevel != null && !parentLevel.mayHold(level)) {
            error(node.lineOf("level"), "level", "a " + level.wireName() + " cannot be placed under the " + parentLevel.wireName()
                    + " " + parentCode);
        }
        Set<String> policy = modules(node.lineOf("modulesAllowedForDescendants"), "modulesAllowedForDescendants", node.modulesAllowedForDescendants());
        Set<String> wanted = modules(node.lineOf("modulesEnabled"), "modulesEnabled", node.modulesEnabled());

        Tenant stored = code == null ? null : existing.getOrDefault(code, null);
        if (stored == null && code != null && !existing.containsKey(code) && em.find(Tenant.class, code) != null) {
            error(node.lineOf("code"), "code", "code " + code + " is taken by a tenant elsewhere in the tree");
            stored = null;
        } else if (stored != null) {
            checkStored(node, stored, parentCode, level);
        }
        if (level != null && names != null) {
            planChanges(node, stored, parentCode, level, names, division, status, policy, wanted, allowedHere);
        }
        Set<String> allowedBelow = intersect(allowedHere, node.modulesAllowedForDescendants() == null ? null : policy);
        List<String> lineage = new ArrayList<>(ancestors);
        lineage.add(code);
        for (TenantNode child : node.children()) {
            visit(child, code, level, allowedBelow, lineage);
        }
    }

    private void checkStored(TenantNode node, Tenant stored, String parentCode, TenantLevel level) {
        if (!Objects.equals(stored.parentCode(), parentCode)) {
            error(node.lineOf("code"), "code", "tenant " + stored.code() + " exists under " + stored.parentCode()
                    + "; moving a tenant is not supported");
        }
        if (level != null && stored.level() != level) {
            error(node.lineOf("level"), "level", "tenant " + stored.code() + " is a " + stored.level().wireName() + "; levels never change");
        }
    }

    private void planChanges(TenantNode node, Tenant stored, String parentCode, TenantLevel level, TenantNames names,
                             DivisionCode division, TenantStatus status, Set<String> policy, Set<String> wanted,
                             Set<String> allowedHere) {
        String code = node.code();
        if (stored == null) {
            String detail = level.wireName() + " " + names.zh() + (parentCode == null ? " (national root)" : " under " + parentCode);
            step(code, "create", detail, em -> {
                if (parentCode == null) {
                    provisioning.createRoot(em, code, names);
                } else {
                    provisioning.provision(em, new ProvisioningRequest(code, parentCode, level.wireName(), names.zh(), names.en(),
                            division == null ? null : division.value()));
                }
            });
        } else {
            boolean renamed = !stored.names().equals(names);
            boolean redivided = !Objects.equals(stored.divisionCode(), division == null ? null : division.value());
            if (stored.status() == TenantStatus.ARCHIVED && (renamed || redivided || status != null && status != TenantStatus.ARCHIVED)) {
                error(node.lineOf("status"), "status", "tenant " + code + " is archived and read-only");
                return;
            }
            if (renamed || redivided) {
                step(code, "update", names.zh() + " / " + names.en() + (division == null ? "" : ", division " + division.value()), em -> {
                    Tenant tenant = em.find(Tenant.class, code);
                    if (renamed) {
                        provisioning.update(em, code, names, null, null);
                    }
                    if (redivided) {
                        if (division != null) {
                            division.requireFits(tenant.level(), tenant.parentCode() == null ? null
                                    : Provisioning.nearestWithCode(em, em.find(Tenant.class, tenant.parentCode())));
                        }
                        tenant.changeDivisionCode(division);
                    }
                });
            }
        }
        TenantStatus current = stored == null ? TenantStatus.ACTIVE : stored.status();
        if (status != null && status != current) {
            if (caller != null && stored != null && !caller.canChangeStatusOf(stored)) {
                error(node.lineOf("status"), "status", "the status of " + code + " is changed by an admin of a federation above it");
            } else {
                String action = switch (status) {
                    case ACTIVE -> "activate";
                    case SUSPENDED -> "suspend";
                    case ARCHIVED -> "archive";
                };
                step(code, action, current.wireName() + " -> " + status.wireName(),
                        em -> provisioning.update(em, code, null, status, null));
            }
        }
        Set<String> policyWanted = node.modulesAllowedForDescendants() == null ? null : policy;
        Set<String> policyNow = stored == null ? null : stored.descendantModules();
        if (!Objects.equals(policyWanted, policyNow)) {
            step(code, "policy", policyWanted == null ? "descendants may enable every module" : "descendants may enable " + policyWanted,
                    em -> provisioning.restrictDescendantModules(em, code, policyWanted));
        }
        if (node.modulesEnabled() != null) {
            Set<String> now = enabled.getOrDefault(code, Set.of());
            for (String module : wanted) {
                if (allowedHere != null && !allowedHere.contains(module)) {
                    error(node.lineOf("modulesEnabled"), "modulesEnabled", "module " + module + " is not allowed in " + code
                            + " by a parent federation's policy");
                } else if (!now.contains(module)) {
                    step(code, "enable", module, em -> switchboard.switchModule(em, code, module, true));
                }
            }
            for (String module : now) {
                if (!wanted.contains(module) && installed.contains(module)) {
                    step(code, "disable", module, em -> switchboard.switchModule(em, code, module, false));
                }
            }
        }
        for (TenantNode.AccountNode account : node.accounts()) {
            if (!Accounts.exists(em, account.username())) {
                Set<Role> roles = check(node.lineOf("accounts"), "accounts", () -> new HashSet<>(account.roles().stream().map(Role::parse).toList()));
                if (roles != null) {
                    step(code, "account", account.username() + " " + account.roles(),
                            em -> accounts.create(em, code, account.username(), account.password(), roles));
                }
            }
        }
    }

    /** Module ids of the file that are installed; the others are errors, or skipped when lenient. */
    private Set<String> modules(int line, String field, Set<String> ids) {
        Set<String> known = new LinkedHashSet<>();
        if (ids == null) {
            return known;
        }
        for (String id : ids) {
            if (installed.contains(id)) {
                known.add(id);
            } else if (lenientModules) {
                LOG.warning(() -> "line " + line + ": module " + id + " is not installed: skipped");
            } else {
                error(line, field, "module " + id + " is not installed");
            }
        }
        return known;
    }

    private static Set<String> allowedBelow(List<Tenant> lineage) {
        Set<String> allowed = null;
        for (Tenant tenant : lineage) {
            allowed = intersect(allowed, tenant.descendantModules());
        }
        return allowed;
    }

    private static Set<String> intersect(Set<String> a, Set<String> b) {
        if (a == null) {
            return b == null ? null : Set.copyOf(b);
        }
        if (b == null) {
            return a;
        }
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both;
    }

    private void step(String tenant, String action, String detail, Consumer<EntityManager> work) {
        steps.add(new Step(new TreeChange(tenant, action, detail), work));
    }

    private void error(int line, String field, String message) {
        errors.add(new TreeError(line, field, message));
    }

    private interface Check<T> {
        T get();
    }

    /** Runs a domain check, turning its complaint into an error of the file at this line. */
    private <T> T check(int line, String field, Check<T> check) {
        try {
            return check.get();
        } catch (TenantRuleViolation e) {
            error(line, e.field() == null ? field : e.field(), e.getMessage());
        } catch (IdentityRuleViolation e) {
            error(line, field, e.getMessage());
        }
        return null;
    }
}
