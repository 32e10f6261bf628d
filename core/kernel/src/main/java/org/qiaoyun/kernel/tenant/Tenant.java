package org.qiaoyun.kernel.tenant;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A federation with a workspace of its own: one tenant of the platform.
 *
 * <p>Tenants form a tree. The national federation is the root; a province provisions its cities and
 * counties, a county registers the grassroots federations below it, and institutional federations hang
 * under the federation that guides them. Each tenant keeps the materialised path of its ancestors'
 * codes ({@code /cn/gd/gd-jiangmen/}), so that a subtree is one prefix query and an ancestor check needs
 * no recursion.
 *
 * <p>A tenant also holds its <em>module policy</em>: which modules its descendants may enable. A
 * {@code null} policy allows every installed module.
 *
 * <p>The version column catches two admins editing the same tenant: the later save is refused.
 */
@Entity
@Table(name = "tenant")
public class Tenant implements org.qiaoyun.kernel.access.Governed {

    @Id
    @Column(name = "code", length = 63)
    private String code;

    @Column(name = "parent_code", length = 63, updatable = false)
    private String parentCode;

    @Column(name = "path", length = 1000, nullable = false, updatable = false)
    private String path;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", length = 20, nullable = false, updatable = false)
    private TenantLevel level;

    @Column(name = "name_zh", length = TenantNames.MAX_LENGTH, nullable = false)
    private String nameZh;

    @Column(name = "name_en", length = TenantNames.MAX_LENGTH, nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private TenantStatus status;

    @Column(name = "division_code", length = 6)
    private String divisionCode;

    @Convert(converter = ModuleIdSetConverter.class)
    @Column(name = "descendant_modules", length = 2000)
    private Set<String> descendantModules;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Tenant() {
        // for JPA
    }

    private Tenant(TenantCode code, Tenant parent, TenantLevel level, TenantNames names, DivisionCode divisionCode, Instant at) {
        this.code = code.value();
        this.parentCode = parent == null ? null : parent.code;
        this.path = (parent == null ? "/" : parent.path) + code.value() + "/";
        this.level = level;
        this.nameZh = names.zh();
        this.nameEn = names.en();
        this.status = TenantStatus.ACTIVE;
        this.divisionCode = divisionCode == null ? null : divisionCode.value();
        this.createdAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** The root of the tree: the national federation. Made once, when the platform first starts. */
    public static Tenant root(TenantCode code, TenantNames names, Instant at) {
        return new Tenant(code, null, TenantLevel.NATIONAL, names, null, at);
    }

    /**
     * Provisions a federation below this one. The child's level must be below this tenant's (an
     * institution fits anywhere), and only an active tenant provisions children.
     */
    public Tenant provisionChild(TenantCode childCode, TenantLevel childLevel, TenantNames names, DivisionCode division, Instant at) {
        requireWritable();
        if (!level.mayHold(childLevel)) {
            throw new TenantRuleViolation("level", "kernel.tenant.level-misplaced", childLevel.text(), level.text(), code);
        }
        return new Tenant(childCode, this, childLevel, names, division, at);
    }

    public void rename(TenantNames names) {
        requireWritable();
        this.nameZh = names.zh();
        this.nameEn = names.en();
    }

    /** Sets or clears the administrative division code. */
    public void changeDivisionCode(DivisionCode division) {
        requireWritable();
        this.divisionCode = division == null ? null : division.value();
    }

    /**
     * Moves the tenant to another status. An archived tenant is read-only for good: it can be
     * neither reactivated nor suspended again.
     */
    public void changeStatus(TenantStatus next) {
        if (status == TenantStatus.ARCHIVED && next != TenantStatus.ARCHIVED) {
            throw new TenantRuleViolation("status", "kernel.tenant.archived-final", code, next.text());
        }
        if (isRoot() && next != TenantStatus.ACTIVE) {
            throw new TenantRuleViolation("status", "kernel.tenant.root-status", next.text());
        }
        this.status = next;
    }

    /** Sets which modules descendants may enable; {@code null} allows every installed module. */
    public void restrictDescendantModules(Set<String> moduleIds) {
        requireWritable();
        this.descendantModules = moduleIds == null ? null : new LinkedHashSet<>(moduleIds);
    }

    /** Whether this tenant's policy lets its descendants enable the module. */
    public boolean allowsDescendantsToUse(String moduleId) {
        return descendantModules == null || descendantModules.contains(moduleId);
    }

    /** Refuses changes while the tenant is not active: suspended tenants are refused, archived ones read-only. */
    public void requireWritable() {
        if (status == TenantStatus.ARCHIVED) {
            throw new TenantReadOnlyException(code);
        }
        if (status == TenantStatus.SUSPENDED) {
            throw new TenantSuspendedException(code);
        }
    }

    /** Whether {@code other} lies in this tenant's subtree (a tenant is in its own subtree). */
    public boolean contains(Tenant other) {
        return other.path.startsWith(path);
    }

    /** Ancestor codes from the root down to the parent, without this tenant's own code. */
    public List<String> ancestorCodes() {
        List<String> codes = new ArrayList<>(Arrays.asList(path.substring(1, path.length() - 1).split("/")));
        codes.remove(codes.size() - 1);
        return codes;
    }

    public boolean isRoot() {
        return parentCode == null;
    }

    public String code() {
        return code;
    }

    public String parentCode() {
        return parentCode;
    }

    public String path() {
        return path;
    }

    public TenantLevel level() {
        return level;
    }

    public TenantNames names() {
        return new TenantNames(nameZh, nameEn);
    }

    public TenantStatus status() {
        return status;
    }

    public String divisionCode() {
        return divisionCode;
    }

    /** The module policy for descendants, or {@code null} when every installed module is allowed. */
    public Set<String> descendantModules() {
        return descendantModules == null ? null : Collections.unmodifiableSet(descendantModules);
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "Tenant[" + code + "]";
    }
}
