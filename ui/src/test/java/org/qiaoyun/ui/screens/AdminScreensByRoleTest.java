package org.qiaoyun.ui.screens;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.Component;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every administration screen, under every spelling of its address, by every role that is not an admin:
 * none of them opens (the guard decides on the normalised address and on the screen's own route).
 */
class AdminScreensByRoleTest extends ScreenTest {

    private static final List<String> SCREENS = List.of("users", "audit", "tenants", "modules");
    private static final List<String> SPELLINGS = List.of("admin/%s", "%%61dmin/%s", "Admin/%s", "admin//%s", "./admin/%s/",
            "t/../admin/%s", "%%2561dmin/%s");
    private static final List<String> VIEW_IDS = List.of("users-view", "audit-view", "tenant-tree-view", "module-switches-view");

    @ParameterizedTest
    @ValueSource(strings = {"taishan-viewer", "taishan-volunteer", "taishan-caseworker", "taishan-organiser", "taishan-adviser"})
    void noSpellingOfAnAdministrationScreenOpensForOthersThanAdmins(String username) {
        for (String screen : SCREENS) {
            for (String spelling : SPELLINGS) {
                String address = String.format(spelling, screen);
                try {
                    signInAndOpen(username, address);
                } catch (RuntimeException refused) {
                    continue; // refused as not found: what we want
                }
                assertThat(VIEW_IDS.stream().flatMap(id -> _find(Component.class, s -> s.withId(id)).stream()))
                        .as(username + " at " + address).isEmpty();
            }
        }
    }
}
