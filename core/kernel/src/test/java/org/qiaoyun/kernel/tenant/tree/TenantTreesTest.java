package org.qiaoyun.kernel.tenant.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.access.Role;
import org.qiaoyun.kernel.module.Availability;
import org.qiaoyun.kernel.persistence.TestDatabases;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.KernelSettings;
import org.qiaoyun.kernel.tenant.ProvisioningRequest;
import org.qiaoyun.kernel.tenant.TenantStatus;

/** Tenant trees as code: plan changes nothing, apply makes it so at once, and again changes nothing. */
@org.junit.jupiter.api.extension.ExtendWith(org.qiaoyun.kernel.AsPlatform.class)
class TenantTreesTest {

    private static final String JIANGMEN = """
            code: gd-jiangmen
            parent: gd
            level: city
            nameZh: 江门市侨联
            nameEn: Jiangmen
            modulesAllowedForDescendants: [greeting]
            children:
              - code: gd-jiangmen-taishan
                level: county
                nameZh: 台山市侨联
                nameEn: Taishan
                divisionCode: "440781"
                modulesEnabled: [greeting]
                children:
                  - code: gd-jiangmen-taishan-duanfen
                    level: township
                    nameZh: 端芬镇侨联
                    nameEn: Duanfen
              - code: gd-jiangmen-kaiping
                level: county
                nameZh: 开平市侨联
                nameEn: Kaiping
                status: suspended
            """;

    private Kernel kernel;

    private void start(String database) {
        String url = database.equals("postgres") ? TestDatabases.postgres() : TestDatabases.h2();
        kernel = Kernel.start(KernelSettings.forTests(url, Path.of(System.getProperty("qiaoyun.test.plugins", "target/test-plugins"))));
        kernel.provisioning().provision(new ProvisioningRequest("gd", "cn", "province", "广东省侨联", "Guangdong", null));
    }

    @AfterEach
    void stop() {
        if (kernel != null) {
            kernel.close();
        }
    }

    private static List<String> actions(List<TreeChange> changes) {
        return changes.stream().map(c -> c.tenant() + " " + c.action() + (c.action().equals("enable") ? " " + c.detail() : "")).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void planChangesNothingApplyMakesItSoAndAgainChangesNothing(String database) {
        start(database);
        TreeFile tree = TenantTreeFile.read(JIANGMEN);
        List<TreeChange> planned = kernel.trees().plan(tree, null);
        assertThat(actions(planned)).containsExactly(
                "gd-jiangmen create", "gd-jiangmen policy",
                "gd-jiangmen-taishan create", "gd-jiangmen-taishan enable greeting",
                "gd-jiangmen-taishan-duanfen create",
                "gd-jiangmen-kaiping create", "gd-jiangmen-kaiping suspend");
        assertThat(kernel.tenants().find("gd-jiangmen")).as("plan changes nothing").isEmpty();

        assertThat(kernel.trees().apply(tree, null)).isEqualTo(planned);
        assertThat(kernel.tenants().require("gd-jiangmen-taishan-duanfen").path())
                .isEqualTo("/cn/gd/gd-jiangmen/gd-jiangmen-taishan/gd-jiangmen-taishan-duanfen/");
        assertThat(kernel.tenants().require("gd-jiangmen-kaiping").status()).isEqualTo(TenantStatus.SUSPENDED);
        assertThat(kernel.gate().check("gd-jiangmen-taishan", "greeting")).isEqualTo(Availability.OPEN);

        assertThat(kernel.trees().apply(tree, null)).as("applying again changes nothing").isEmpty();
        assertThat(kernel.trees().plan(tree, null)).isEmpty();
    }

    @Test
    void changedFileGivesUpdatesAndSwitchesOff() {
        start("h2");
        kernel.trees().apply(TenantTreeFile.read(JIANGMEN), null);
        String changed = JIANGMEN.replace("nameEn: Taishan", "nameEn: Taishan City").replace("modulesEnabled: [greeting]", "modulesEnabled: []");
        assertThat(actions(kernel.trees().apply(TenantTreeFile.read(changed), null)))
                .containsExactly("gd-jiangmen-taishan update", "gd-jiangmen-taishan disable");
        assertThat(kernel.tenants().require("gd-jiangmen-taishan").names().en()).isEqualTo("Taishan City");
        assertThat(kernel.gate().check("gd-jiangmen-taishan", "greeting")).isEqualTo(Availability.NOT_ENABLED);
    }

    @Test
    void invalidFileIsRefusedAsAWholeWithEveryErrorByLineAndField() {
        start("h2");
        String broken = """
                code: gd-jiangmen
                parent: gd
                level: city
                nameZh: 江门市侨联
                nameEn: Jiangmen
                children:
                  - code: Bad_Code
                    level: county
                    nameZh: 坏
                    nameEn: Bad
                  - code: gd-jiangmen-up
                    level: province
                    nameZh: 上
                    nameEn: Up
                  - code: gd-jiangmen-x
                    level: county
                    nameZh: 甲
                    nameEn: X
                    modulesEnabled: [no-such-module]
                  - code: gd-jiangmen-x
                    level: county
                    nameZh: 乙
                    nameEn: X again
                    children:
                      - code: gd-jiangmen
                        level: township
                        nameZh: 环
                        nameEn: Cycle
                  - code: gd-jiangmen-noname
                    level: county
                    nameZh: 无英文名
                """;
        assertThatThrownBy(() -> kernel.trees().apply(TenantTreeFile.read(broken), null))
                .isInstanceOf(InvalidTreeException.class)
                .satisfies(e -> assertThat(((InvalidTreeException) e).errors()).extracting(TreeError::line, TreeError::field)
                        .contains(
                                org.assertj.core.groups.Tuple.tuple(7, "code"),
                                org.assertj.core.groups.Tuple.tuple(12, "level"),
                                org.assertj.core.groups.Tuple.tuple(19, "modulesEnabled"),
                                org.assertj.core.groups.Tuple.tuple(20, "code"),
                                org.assertj.core.groups.Tuple.tuple(25, "code"),
                                org.assertj.core.groups.Tuple.tuple(29, "nameEn"))
                        .hasSize(6));
        assertThat(kernel.tenants().find("gd-jiangmen")).as("nothing of a refused file is made").isEmpty();
    }

    @Test
    void unknownParentAndUnknownFieldsAreErrors() {
        start("h2");
        assertThatThrownBy(() -> kernel.trees().plan(TenantTreeFile.read("""
                code: hn-x
                parent: hn
                level: city
                nameZh: 海南
                nameEn: Hainan
                colour: red
                """), null))
                .satisfies(e -> assertThat(((InvalidTreeException) e).errors()).extracting(TreeError::field)
                        .contains("colour"));
        assertThatThrownBy(() -> kernel.trees().plan(TenantTreeFile.read("""
                code: hn-x
                parent: hn
                level: city
                nameZh: 海南
                nameEn: Hainan
                """), null))
                .satisfies(e -> assertThat(((InvalidTreeException) e).errors()).extracting(TreeError::field)
                        .containsExactly("parent"));
    }

    @Test
    void aTreeTouchesOnlyTheSubtreeOfTheAdminWhoAppliesIt() {
        start("h2");
        kernel.provisioning().provision(new ProvisioningRequest("fj", "cn", "province", "福建省侨联", "Fujian", null));
        CallerIdentity fujianAdmin = new CallerIdentity("fj-admin", "fj", "/cn/fj/", Set.of(Role.ADMIN));
        assertThatThrownBy(() -> kernel.trees().apply(TenantTreeFile.read(JIANGMEN), fujianAdmin))
                .isInstanceOf(InvalidTreeException.class).hasMessageContaining("no tenant with code gd");
        CallerIdentity guangdongAdmin = new CallerIdentity("gd-admin", "gd", "/cn/gd/", Set.of(Role.ADMIN));
        assertThat(kernel.trees().apply(TenantTreeFile.read(JIANGMEN), guangdongAdmin)).isNotEmpty();
    }

    @Test
    void aTreeAboutAnotherSubtreeLearnsNothingOfItButThatItsCodeIsTaken() {
        start("h2");
        kernel.provisioning().provision(new ProvisioningRequest("fj", "cn", "province", "福建省侨联", "Fujian", null));
        kernel.trees().apply(TenantTreeFile.read(JIANGMEN), null);
        CallerIdentity fujianAdmin = new CallerIdentity("fj-admin", "fj", "/cn/fj/", Set.of(Role.ADMIN));
        // the same tree as Guangdong's, claimed under Fujian, then as it stands: neither parent, level nor children are told
        String claimed = JIANGMEN.replace("parent: gd", "parent: fj");
        for (String tree : new String[] {claimed, JIANGMEN}) {
            assertThatThrownBy(() -> kernel.trees().plan(TenantTreeFile.read(tree), fujianAdmin))
                    .isInstanceOfSatisfying(InvalidTreeException.class, e -> assertThat(e.errors())
                            .extracting(TreeError::message)
                            .allSatisfy(message -> assertThat(message).doesNotContain("under gd", "city", "county", "taishan", "kaiping", "exists"))
                            .anySatisfy(message -> assertThat(message).contains("gd-jiangmen is taken")));
        }
    }

    @Test
    void notValidYamlIsRefusedWithItsLine() {
        assertThatThrownBy(() -> TenantTreeFile.read("code: a\n  level: [unclosed\n"))
                .isInstanceOf(InvalidTreeException.class)
                .satisfies(e -> assertThat(((InvalidTreeException) e).errors().get(0).line()).isPositive());
    }
}
