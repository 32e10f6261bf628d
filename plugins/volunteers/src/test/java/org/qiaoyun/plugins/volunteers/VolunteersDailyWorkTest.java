package org.qiaoyun.plugins.volunteers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.personal.IdVault;
import org.qiaoyun.api.personal.ResidentId;
import org.qiaoyun.plugins.volunteers.volunteer.IdKeyRotation;
import org.qiaoyun.plugins.volunteers.volunteer.Registry;
import org.qiaoyun.testing.TestTenantScope;

/**
 * The module's daily work on real PostgreSQL: after the rolling restart with a new and a previous key, the platform
 * seals every volunteer's number again under the new key by itself; with one key it leaves the rows alone.
 */
class VolunteersDailyWorkTest {

    private static final IdVault OLD = new IdVault(new byte[32], VolunteersModule.ID_PURPOSE);

    @Test
    void aKeyRotationFinishesByItselfAfterTheRestart() {
        TestTenantScope admin = VolunteersDatabase.scope("daily-rotation", "director", "admin");
        byte[] next = new byte[32];
        Arrays.fill(next, (byte) 5);
        IdVault during = IdVault.rotating(next, new byte[32], VolunteersModule.ID_PURPOSE);
        Registry registry = new Registry(admin);
        for (int i = 0; i < 3; i++) {
            String seventeen = "4407811990020" + (100 + i) + "1";
            registry.register(new Registry.Form("daily" + i, "志愿者" + i, null, null, null, null, null,
                    seventeen + ResidentId.checkCharacter(seventeen), null, null, null), OLD);
        }
        TestTenantScope platform = admin.as("system", "admin");

        new VolunteersDailyWork(() -> OLD).run(platform);
        assertThat(new IdKeyRotation(admin, during).remaining()).as("no rotation under way: nothing sealed again").isEqualTo(3);
        new VolunteersDailyWork(() -> null).run(platform); // a platform without the key keeps no numbers: nothing to do

        new VolunteersDailyWork(() -> during).run(platform);
        assertThat(new IdKeyRotation(admin, during).remaining()).isZero();
        assertThat(platform.audited()).anyMatch(line -> line.startsWith("volunteer.rotate-id-key"));
    }
}
