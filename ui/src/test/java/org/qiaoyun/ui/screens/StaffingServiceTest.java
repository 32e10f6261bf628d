package org.qiaoyun.ui.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.ModuleContext;
import org.qiaoyun.api.staffing.Staffing;
import org.qiaoyun.api.staffing.StaffingNeed;
import org.qiaoyun.api.staffing.StaffingStatus;
import org.qiaoyun.kernel.access.Caller;
import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.access.Role;

/**
 * The staffing extension point as the kernel wires it, with the real volunteer module: another module
 * (here aid, standing in for the events module to come) finds it only where both are enabled.
 */
class StaffingServiceTest extends ScreenTest {

    private static final String TAISHAN = "gd-jiangmen-taishan";
    private static final CallerIdentity ORGANISER = new CallerIdentity("taishan-organiser", TAISHAN,
            "/cn/gd/gd-jiangmen/gd-jiangmen-taishan/", Set.of(Role.ORGANISER));

    private static ModuleContext asking() {
        return kernel.contextOf("aid");
    }

    @Test
    void anotherModuleFindsStaffingOnlyWhereBothModulesAreEnabled() {
        asPlatform(() -> kernel.switchboard().switchModule(TAISHAN, "aid", true));
        asPlatform(() -> kernel.switchboard().switchModule(TAISHAN, "volunteers", true));
        Staffing staffing = asking().service(Staffing.class, TAISHAN).orElseThrow();
        Instant start = kernel.clock().instant().plus(Duration.ofDays(20));
        StaffingStatus asked = Caller.as(ORGANISER, () -> staffing.request(TAISHAN, new StaffingNeed("aid", "visit-" + System.nanoTime(),
                "慰问困难归侨", "台城", "台城街道", start, start.plus(Duration.ofHours(3)), 4, null)));
        assertThat(asked.needed()).isEqualTo(4);
        assertThat(asked.activityId()).isNotBlank();

        asPlatform(() -> kernel.switchboard().switchModule(TAISHAN, "volunteers", false));
        assertThat(asking().service(Staffing.class, TAISHAN)).as("volunteers switched off here: no staffing").isEmpty();
        asPlatform(() -> kernel.switchboard().switchModule(TAISHAN, "volunteers", true));
        asPlatform(() -> kernel.switchboard().switchModule(TAISHAN, "aid", false));
        assertThat(asking().service(Staffing.class, TAISHAN)).as("the asking module switched off: nothing").isEmpty();
        asPlatform(() -> kernel.switchboard().switchModule(TAISHAN, "aid", true));
        assertThat(asking().service(Staffing.class, TAISHAN)).isPresent();
        assertThat(asking().service(Runnable.class, TAISHAN)).as("nobody offers that").isEmpty();
    }
}
