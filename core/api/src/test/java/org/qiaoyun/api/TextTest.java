package org.qiaoyun.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** A text kept in a column comes back with its code and arguments, and plain words stay plain words. */
class TextTest {

    @Test
    void aKeptTextComesBackByItsCodeInEachLanguage() {
        Text kept = Text.of("platform.money.positive", "amount");
        Text back = Text.fromStored(kept.stored()).orElseThrow();
        assertThat(back.code()).isEqualTo("platform.money.positive");
        assertThat(back.in(Locale.SIMPLIFIED_CHINESE, TextTest.class.getClassLoader())).isEqualTo("金额须大于零");
        assertThat(back.in(Locale.ENGLISH, TextTest.class.getClassLoader())).isEqualTo("amount must be more than zero");
        assertThat(Text.fromStored("roles [admin]")).as("what was written before codes were kept").isEmpty();
        assertThat(Text.fromStored(null)).isEmpty();
        Text nested = Text.fromStored(Text.of("x.outer", Text.of("x.inner"), "a\u0002b", null).stored()).orElseThrow();
        assertThat(nested.arguments()).containsExactly(Text.of("x.inner"), "a b", "");
    }
}
