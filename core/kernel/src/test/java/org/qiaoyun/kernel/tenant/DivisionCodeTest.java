package org.qiaoyun.kernel.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** A division code fits its level and lies within the nearest federation above that has one. */
class DivisionCodeTest {

    /** When the tenants of these stories were made (a fixed moment: the stories do not depend on the day they run). */
    private static final java.time.Instant AT = java.time.Instant.parse("2026-11-25T08:00:00Z");

    private static final TenantNames NAMES = new TenantNames("侨联", "Federation");
    private final Tenant cn = Tenant.root(TenantCode.of("cn"), NAMES, AT);
    private final Tenant guangdong = child(cn, "gd", TenantLevel.PROVINCE, "440000");
    private final Tenant jiangmen = child(guangdong, "gd-jiangmen", TenantLevel.CITY, "440700");
    private final Tenant taishan = child(jiangmen, "gd-jiangmen-taishan", TenantLevel.COUNTY, "440781");
    private final Tenant dongguan = child(guangdong, "gd-dongguan", TenantLevel.CITY, "441900");
    private final Tenant henan = child(cn, "ha", TenantLevel.PROVINCE, "410000");
    private final Tenant dajiang = child(taishan, "ts-dajiang", TenantLevel.TOWNSHIP, "440781100");

    private static Tenant child(Tenant parent, String code, TenantLevel level, String division) {
        return parent.provisionChild(TenantCode.of(code), level, NAMES, new DivisionCode(division), AT);
    }

    private static String refusal(String code, TenantLevel level, Tenant nearest) {
        TenantRuleViolation refused = catchThrowableOfType(TenantRuleViolation.class, () -> new DivisionCode(code).requireFits(level, nearest));
        return refused == null ? "fits" : refused.text().code().replace("kernel.tenant.division-", "");
    }

    @Test
    void eachLevelBeginsWithTheCodeAboveIt() {
        assertThat(refusal("440700", TenantLevel.CITY, guangdong)).isEqualTo("fits");
        assertThat(refusal("440781", TenantLevel.COUNTY, jiangmen)).as("a county begins with its city's four").isEqualTo("fits");
        assertThat(refusal("419001", TenantLevel.COUNTY, henan)).as("济源, a county-level unit under its province").isEqualTo("fits");
        assertThat(refusal("441900003", TenantLevel.TOWNSHIP, dongguan)).as("a township of a city without counties").isEqualTo("fits");
        assertThat(refusal("440781100", TenantLevel.TOWNSHIP, taishan)).isEqualTo("fits");
        assertThat(refusal("440781100201", TenantLevel.VILLAGE, dajiang)).isEqualTo("fits");
        assertThat(refusal("440781100201", TenantLevel.VILLAGE, taishan)).as("a village right under its county").isEqualTo("fits");
        assertThat(refusal("350500", TenantLevel.CITY, null)).as("nothing above has a code").isEqualTo("fits");
    }

    @Test
    void aCodeOutsideTheOneAboveOrOfAnotherLevelIsRefusedNamingIt() {
        assertThat(refusal("350500", TenantLevel.CITY, guangdong)).isEqualTo("outside");
        assertThat(refusal("440881", TenantLevel.COUNTY, jiangmen)).as("a county of 湛江 under 江门").isEqualTo("outside");
        assertThat(refusal("440783100", TenantLevel.TOWNSHIP, taishan)).as("a township of 开平 under 台山").isEqualTo("outside");
        assertThat(refusal("440781101201", TenantLevel.VILLAGE, dajiang)).isEqualTo("outside");
        assertThat(refusal("440700", TenantLevel.COUNTY, jiangmen)).as("the city's own code").isEqualTo("outside");
        assertThat(refusal("440100", TenantLevel.PROVINCE, cn)).isEqualTo("level");
        assertThat(refusal("440781", TenantLevel.CITY, guangdong)).isEqualTo("level");
        assertThat(refusal("440781", TenantLevel.TOWNSHIP, taishan)).isEqualTo("length");
        assertThat(refusal("4407811", TenantLevel.COUNTY, jiangmen)).isEqualTo("format");
        assertThatCode(() -> new DivisionCode("110000").requireFits(TenantLevel.INSTITUTION, taishan)).as("institutions are exempt")
                .doesNotThrowAnyException();
    }
}
