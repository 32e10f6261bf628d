package org.qiaoyun.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ModuleDescriptorTest {

    /** A tenant the factories under test never ask anything of. */
    private static final TenantScope ANY_TENANT = (TenantScope) java.lang.reflect.Proxy.newProxyInstance(
            TenantScope.class.getClassLoader(), new Class<?>[] {TenantScope.class}, (proxy, method, args) -> {
                throw new UnsupportedOperationException(method.getName());
            });

    @Test
    void idMustBeALowercaseSlug() {
        assertThatThrownBy(() -> new ModuleDescriptor("Aid", "帮扶", "Aid", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Aid");
        assertThat(new ModuleDescriptor("aid", "侨界帮扶", "Aid", null, null).id()).isEqualTo("aid");
    }

    @Test
    void speaksChineseUnlessEnglishIsAskedFor() {
        var descriptor = new ModuleDescriptor("aid", "侨界帮扶", "Aid", "帮扶困难侨界群众", "Aid for people in need");
        assertThat(descriptor.name(false)).isEqualTo("侨界帮扶");
        assertThat(descriptor.name(true)).isEqualTo("Aid");
        assertThat(descriptor.description(true)).isEqualTo("Aid for people in need");
    }

    @Test
    void viewPathsAreRelativeToTheModule() {
        assertThatThrownBy(() -> new ModuleView("/cases", Object.class, tenant -> new Object(), "个案", "Cases"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aViewIsBuiltByItsFactoryForTheTenantOfTheRoute() {
        ModuleView view = new ModuleView("", StringBuilder.class, tenant -> new StringBuilder("built"), "个案", "Cases");
        assertThat(view.build(ANY_TENANT)).hasToString("built");
        ModuleView wrong = new ModuleView("", StringBuilder.class, tenant -> null, "个案", "Cases");
        assertThatThrownBy(() -> wrong.build(ANY_TENANT)).isInstanceOf(IllegalStateException.class);
    }
}
