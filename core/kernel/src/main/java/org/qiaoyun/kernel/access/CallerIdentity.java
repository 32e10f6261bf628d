package org.qiaoyun.kernel.access;

import java.util.Set;

/**
 * Who is asking, with what they may touch: their home tenant (and its path) and their roles there.
 *
 * <p>The rules of the tree live here. An admin sees and administers the home tenant's whole subtree;
 * everybody else sees only the home tenant. Module data (personal data of the people served) is
 * worked on only in one's home tenant: a parent federation sees its descendants in aggregate.
 */
public record CallerIdentity(String username, String homeTenant, String homePath, Set<Role> roles) {

    public CallerIdentity {
        roles = Set.copyOf(roles);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the tenant exists for this caller at all; what is not visible answers 404. */
    public boolean canSee(Governed tenant) {
        return isAdmin() ? tenant.path().startsWith(homePath) : tenant.code().equals(homeTenant);
    }

    /** Provisioning below it, renaming, module switches and policy, users. */
    public boolean canAdminister(Governed tenant) {
        return isAdmin() && tenant.path().startsWith(homePath);
    }

    /** Suspending, reactivating, archiving: done by an admin above, never to one's own tenant. */
    public boolean canChangeStatusOf(Governed tenant) {
        return canAdminister(tenant) && !tenant.code().equals(homeTenant);
    }

    /** Working with a module's data in the tenant: only at home. */
    public boolean canWorkIn(Governed tenant) {
        return tenant.code().equals(homeTenant);
    }
}
