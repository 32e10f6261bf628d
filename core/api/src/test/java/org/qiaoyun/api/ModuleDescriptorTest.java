package org.qiaoyun.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ModuleDescriptorTest {

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
        assertThatThrownBy(() -> new ModuleView("/cases", Object.class, "个案", "Cases"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
