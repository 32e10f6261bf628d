package org.qiaoyun.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every spelling of a screen's address is that screen to the guard, as it is to the router. */
class RoutePathTest {

    @ParameterizedTest
    @ValueSource(strings = {"admin/users", "/admin/users", "%61dmin/users", "%2561dmin/users", "ADMIN/Users", "admin//users",
        "./admin/./users/", "t/../admin/users", "admin/users;jsessionid=x", "%2Fadmin%2Fusers", "admin\\users", "%61%64%6d%69%6e/users"})
    void everySpellingOfTheUsersScreenIsTheUsersScreen(String spelling) {
        assertThat(RoutePath.normalise(spelling)).isEqualTo("admin/users");
    }

    @Test
    void whatCannotBeDecodedIsNothing() {
        assertThat(RoutePath.normalise("admin/%zzusers")).isNull();
        assertThat(RoutePath.normalise("%25252525252561dmin")).isNull();
    }

    @Test
    void theHomeScreenIsEmpty() {
        assertThat(RoutePath.normalise("")).isEmpty();
        assertThat(RoutePath.normalise("/")).isEmpty();
        assertThat(RoutePath.normalise("..")).isEmpty();
    }

    @Test
    void adminScreensAreKnownByTheirOwnRoute() {
        assertThat(AccessGuard.isAdminScreen(org.qiaoyun.ui.user.UsersView.class)).isTrue();
        assertThat(AccessGuard.isAdminScreen(org.qiaoyun.ui.audit.AuditView.class)).isTrue();
        assertThat(AccessGuard.isAdminScreen(org.qiaoyun.ui.home.HomeView.class)).isFalse();
    }
}
