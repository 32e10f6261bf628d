package org.qiaoyun.kernel.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qiaoyun.kernel.tenant.Tenant;
import org.qiaoyun.kernel.tenant.TenantCode;
import org.qiaoyun.kernel.tenant.TenantLevel;
import org.qiaoyun.kernel.tenant.TenantNames;

/** The rules of the tree for callers: admins look after their subtree, everybody works at home. */
class CallerIdentityTest {

    /** When the tenants of these stories were made (a fixed moment: the stories do not depend on the day they run). */
    private static final java.time.Instant AT = java.time.Instant.parse("2026-11-25T08:00:00Z");

    private final Tenant cn = Tenant.root(TenantCode.of("cn"), new TenantNames("中国侨联", "ACFROC"), AT);
    private final Tenant gd = cn.provisionChild(TenantCode.of("gd"), TenantLevel.PROVINCE, new TenantNames("广东", "GD"), null, AT);
    private final Tenant jiangmen = gd.provisionChild(TenantCode.of("gd-jm"), TenantLevel.CITY, new TenantNames("江门", "JM"), null, AT);
    private final Tenant taishan = jiangmen.provisionChild(TenantCode.of("gd-jm-ts"), TenantLevel.COUNTY, new TenantNames("台山", "TS"), null, AT);
    private final Tenant foshan = gd.provisionChild(TenantCode.of("gd-fs"), TenantLevel.CITY, new TenantNames("佛山", "FS"), null, AT);

    private CallerIdentity at(Tenant home, Role role) {
        return new CallerIdentity("someone", home.code(), home.path(), Set.of(role));
    }

    @Test
    void adminSeesAndAdministersTheSubtreeOnly() {
        CallerIdentity admin = at(jiangmen, Role.ADMIN);
        assertThat(admin.canSee(jiangmen)).isTrue();
        assertThat(admin.canSee(taishan)).isTrue();
        assertThat(admin.canSee(gd)).isFalse();
        assertThat(admin.canSee(foshan)).isFalse();
        assertThat(admin.canAdminister(taishan)).isTrue();
        assertThat(admin.canChangeStatusOf(taishan)).isTrue();
        assertThat(admin.canChangeStatusOf(jiangmen)).as("not one's own federation").isFalse();
    }

    @Test
    void othersSeeOnlyTheirHome() {
        CallerIdentity caseworker = at(jiangmen, Role.CASEWORKER);
        assertThat(caseworker.canSee(jiangmen)).isTrue();
        assertThat(caseworker.canSee(taishan)).isFalse();
        assertThat(caseworker.canAdminister(jiangmen)).isFalse();
    }

    @Test
    void moduleDataIsWorkedOnAtHomeOnly() {
        assertThat(at(jiangmen, Role.ADMIN).canWorkIn(taishan)).isFalse();
        assertThat(at(taishan, Role.VOLUNTEER).canWorkIn(taishan)).isTrue();
    }

    @Test
    void aTokenNarrowedToFederationsReachesThemAndThoseBelowOnly() {
        CallerIdentity province = at(gd, Role.ADMIN).narrowedTo(Set.of("gd-jm"));
        assertThat(province.canAdminister(jiangmen)).isTrue();
        assertThat(province.canAdminister(taishan)).as("below it").isTrue();
        assertThat(province.canSee(foshan)).as("a sibling city, within the owner's rights but not the token's").isFalse();
        assertThat(province.canAdminister(gd)).isFalse();
        assertThat(at(taishan, Role.VOLUNTEER).narrowedTo(Set.of("gd-fs")).canWorkIn(taishan)).isFalse();
        assertThat(at(gd, Role.ADMIN).narrowedTo(Set.of()).canAdminister(foshan)).as("an empty reach narrows nothing").isTrue();
    }
}
