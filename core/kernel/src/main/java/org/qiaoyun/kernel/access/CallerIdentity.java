package org.qiaoyun.kernel.access;

import java.util.Set;

/**
 * Who is asking, with what they may touch: their home tenant (and its path) and their roles there.
 *
 * <p>The rules of the tree live here. An admin sees and administers the home tenant's whole subtree;
 * everybody else sees only the home tenant. Module data (personal data of the people served) is
 * worked on only in one's home tenant: a parent federation sees its descendants in aggregate.
 *
 * <p>A caller acting through a token narrowed to some federations ({@code reach}) is all of that, within
 * those federations and the ones below them only; an empty reach narrows nothing.
 */
public record CallerIdentity(String username, String homeTenant, String homePath, Set<Role> roles, Set<String> reach) {

    public CallerIdentity {
        roles = Set.copyOf(roles);
        reach = Set.copyOf(reach);
    }

    public CallerIdentity(String username, String homeTenant, String homePath, Set<Role> roles) {
        this(username, homeTenant, homePath, roles, Set.of());
    }

    /** The same caller, within the given federations and those below them (a narrowed token). */
    public CallerIdentity narrowedTo(Set<String> tenants) {
        return new CallerIdentity(username, homeTenant, homePath, roles, tenants);
    }

    private boolean reaches(Governed tenant) {
        return reach.isEmpty() || reach.stream().anyMatch(code -> tenant.path().contains("/" + code + "/"));
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    /** An admin of the national root: the platform's operators, who see how the instance itself fares. */
    public boolean isPlatformAdmin() {
        return isAdmin() && reach.isEmpty() && homePath.indexOf('/', 1) == homePath.length() - 1; // "/cn/": one segment
    }

    /** The roles as modules name them ({@code caseworker}, {@code organiser}, ...). */
    public Set<String> roleNames() {
        return roles.stream().map(Role::wireName).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the tenant exists for this caller at all; what is not visible answers 404. */
    public boolean canSee(Governed tenant) {
        return reaches(tenant) && (isAdmin() ? tenant.path().startsWith(homePath) : tenant.code().equals(homeTenant));
    }

    /** Provisioning below it, renaming, module switches and policy, users. */
    public boolean canAdminister(Governed tenant) {
        return isAdmin() && reaches(tenant) && tenant.path().startsWith(homePath);
    }

    /** Suspending, reactivating, archiving: done by an admin above, never to one's own tenant. */
    public boolean canChangeStatusOf(Governed tenant) {
        return canAdminister(tenant) && !tenant.code().equals(homeTenant);
    }

    /**
     * Reading the roll-up of the tenant's indicators (figures only, small ones hidden from above): admins and
     * viewers, of their home and of every federation below it.
     */
    public boolean canReadFiguresOf(Governed tenant) {
        return (isAdmin() || roles.contains(Role.VIEWER)) && reaches(tenant) && tenant.path().startsWith(homePath);
    }

    /** Working with a module's data in the tenant: only at home. */
    public boolean canWorkIn(Governed tenant) {
        return reaches(tenant) && tenant.code().equals(homeTenant);
    }
}
