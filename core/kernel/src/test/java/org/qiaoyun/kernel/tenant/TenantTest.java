package org.qiaoyun.kernel.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantTest {

    /** When the tenants of these stories were made (a fixed moment: the stories do not depend on the day they run). */
    private static final java.time.Instant AT = java.time.Instant.parse("2026-11-25T08:00:00Z");

    private final Tenant cn = Tenant.root(TenantCode.of("cn"), new TenantNames("中国侨联", "ACFROC"), AT);
    private final Tenant gd = cn.provisionChild(TenantCode.of("gd"), TenantLevel.PROVINCE, new TenantNames("广东省侨联", "Guangdong"), null, AT);

    @ParameterizedTest
    @ValueSource(strings = {"cn", "gd-jiangmen-taishan", "a1", "x-1-y"})
    void acceptsSlugCodes(String code) {
        assertThat(TenantCode.of(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "GD", "gd_jm", "-gd", "gd-", "广东", "gd jm"})
    void refusesCodesThatBreakTheRule(String code) {
        assertThatThrownBy(() -> TenantCode.of(code))
                .isInstanceOf(TenantRuleViolation.class)
                .satisfies(e -> assertThat(((TenantRuleViolation) e).field()).isEqualTo("code"));
    }

    @Test
    void codesAreAtMost63Characters() {
        assertThat(TenantCode.of("a".repeat(63)).value()).hasSize(63);
        assertThatThrownBy(() -> TenantCode.of("a".repeat(64))).isInstanceOf(TenantRuleViolation.class);
    }

    @Test
    void childKeepsTheMaterialisedPathOfItsAncestors() {
        Tenant jiangmen = gd.provisionChild(TenantCode.of("gd-jiangmen"), TenantLevel.CITY, new TenantNames("江门市侨联", "Jiangmen"), null, AT);
        assertThat(jiangmen.path()).isEqualTo("/cn/gd/gd-jiangmen/");
        assertThat(jiangmen.ancestorCodes()).containsExactly("cn", "gd");
        assertThat(jiangmen.parentCode()).isEqualTo("gd");
        assertThat(gd.contains(jiangmen)).isTrue();
        assertThat(jiangmen.contains(gd)).isFalse();
    }

    @Test
    void childLevelMustBeBelowTheParent() {
        assertThatThrownBy(() -> gd.provisionChild(TenantCode.of("gd2"), TenantLevel.PROVINCE, new TenantNames("x", "x"), null, AT))
                .isInstanceOf(TenantRuleViolation.class)
                .hasMessageContaining("province cannot be placed under the province");
        Tenant county = gd.provisionChild(TenantCode.of("gd-taishan"), TenantLevel.COUNTY, new TenantNames("台山", "Taishan"), null, AT);
        assertThatThrownBy(() -> county.provisionChild(TenantCode.of("c"), TenantLevel.CITY, new TenantNames("x", "x"), null, AT))
                .isInstanceOf(TenantRuleViolation.class);
    }

    @Test
    void institutionMayHangUnderAnyLevel() {
        Tenant jnu = gd.provisionChild(TenantCode.of("gd-jnu"), TenantLevel.INSTITUTION, new TenantNames("暨南大学侨联", "JNU"), null, AT);
        assertThat(jnu.level()).isEqualTo(TenantLevel.INSTITUTION);
        Tenant village = gd.provisionChild(TenantCode.of("gd-village"), TenantLevel.VILLAGE, new TenantNames("村", "Village"), null, AT);
        assertThat(village.provisionChild(TenantCode.of("v-school"), TenantLevel.INSTITUTION, new TenantNames("校", "School"), null, AT).path())
                .isEqualTo("/cn/gd/gd-village/v-school/");
        assertThatThrownBy(() -> jnu.provisionChild(TenantCode.of("jnu-county"), TenantLevel.COUNTY, new TenantNames("x", "x"), null, AT))
                .isInstanceOf(TenantRuleViolation.class);
    }

    @Test
    void levelsAreMatchedCaseInsensitively() {
        assertThat(TenantLevel.parse("County")).isEqualTo(TenantLevel.COUNTY);
        assertThat(TenantLevel.parse("INSTITUTION")).isEqualTo(TenantLevel.INSTITUTION);
        assertThatThrownBy(() -> TenantLevel.parse("prefecture")).hasMessageContaining("national, province");
    }

    @Test
    void namesAreRequiredInBothLanguages() {
        assertThatThrownBy(() -> new TenantNames(" ", "Guangdong"))
                .isInstanceOf(TenantRuleViolation.class)
                .satisfies(e -> assertThat(((TenantRuleViolation) e).field()).isEqualTo("nameZh"));
        assertThatThrownBy(() -> new TenantNames("广东", null))
                .satisfies(e -> assertThat(((TenantRuleViolation) e).field()).isEqualTo("nameEn"));
    }

    @Test
    void divisionCodeIsSixDigitsWhenGiven() {
        assertThat(DivisionCode.ofNullable(null)).isNull();
        assertThat(DivisionCode.ofNullable("440781").value()).isEqualTo("440781");
        assertThatThrownBy(() -> DivisionCode.ofNullable("44078")).isInstanceOf(TenantRuleViolation.class);
    }

    @Test
    void suspendedTenantProvisionsNothingAndArchivedStaysArchived() {
        gd.changeStatus(TenantStatus.SUSPENDED);
        assertThatThrownBy(() -> gd.provisionChild(TenantCode.of("gd-x"), TenantLevel.CITY, new TenantNames("x", "x"), null, AT))
                .isInstanceOf(TenantSuspendedException.class);
        gd.changeStatus(TenantStatus.ACTIVE);
        gd.changeStatus(TenantStatus.ARCHIVED);
        assertThatThrownBy(() -> gd.rename(new TenantNames("新", "New"))).isInstanceOf(TenantReadOnlyException.class);
        assertThatThrownBy(() -> gd.changeStatus(TenantStatus.ACTIVE)).isInstanceOf(TenantRuleViolation.class);
    }

    @Test
    void nationalRootCannotBeSuspended() {
        assertThatThrownBy(() -> cn.changeStatus(TenantStatus.SUSPENDED)).isInstanceOf(TenantRuleViolation.class);
    }

    @Test
    void modulePolicyBindsDescendantsOnly() {
        assertThat(gd.allowsDescendantsToUse("aid")).isTrue();
        gd.restrictDescendantModules(java.util.Set.of("volunteers"));
        assertThat(gd.allowsDescendantsToUse("aid")).isFalse();
        assertThat(gd.allowsDescendantsToUse("volunteers")).isTrue();
    }
}
