package org.qiaoyun.kernel.tenant.tree;

/**
 * One change that applying a tenant tree makes (or would make): which tenant, what, and the detail.
 * Actions: {@code create}, {@code update} (names, division code), {@code suspend}, {@code activate},
 * {@code archive}, {@code policy}, {@code enable}, {@code disable}, {@code account}.
 */
public record TreeChange(String tenant, String action, String detail) {
}
