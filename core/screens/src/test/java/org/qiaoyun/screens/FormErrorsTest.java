package org.qiaoyun.screens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.qiaoyun.api.InvalidInputException;
import org.qiaoyun.api.Text;

/** A form as a person meets it: every missing field marked at once, a broken rule at its field, in their language. */
class FormErrorsTest {

    private final Words chinese = Words.of(FormErrorsTest.class, "texts/kit-test", Locale.SIMPLIFIED_CHINESE);

    @Test
    void everyMissingRequiredFieldIsMarkedAtOnceAndNothingIsSent() {
        FormErrors form = new FormErrors(chinese);
        TextField name = form.required("name", new TextField());
        TextField place = form.required("place", new TextField());
        TextField note = form.field("note", new TextField());
        AtomicInteger sent = new AtomicInteger();
        assertThat(name.isRequiredIndicatorVisible()).isTrue();
        assertThat(note.isRequiredIndicatorVisible()).isFalse();

        assertThat(form.save(sent::incrementAndGet)).isFalse();
        assertThat(sent).hasValue(0);
        assertThat(name.isInvalid()).isTrue();
        assertThat(place.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("此项必填");

        name.setValue("侨乡文化节");
        place.setValue("台城");
        assertThat(form.save(sent::incrementAndGet)).isTrue();
        assertThat(sent).hasValue(1);
        assertThat(name.isInvalid()).as("errors of the try before are cleared").isFalse();
    }

    @Test
    void aBrokenRuleShowsBesideItsFieldInThePersonsLanguage() {
        FormErrors form = new FormErrors(chinese);
        TextField amount = form.required("amount", new TextField());
        amount.setValue("-1");
        assertThat(form.save(() -> {
            throw new InvalidInputException("amount", Text.of("platform.money.positive", "amount"));
        })).isFalse();
        assertThat(form.showsError("amount")).isTrue();
        assertThat(amount.getErrorMessage()).isEqualTo("金额须大于零");
        assertThat(amount.getValue()).as("what was typed stays").isEqualTo("-1");

        FormErrors english = new FormErrors(chinese.in(Locale.ENGLISH));
        TextField again = english.field("amount", new TextField());
        english.show(new InvalidInputException("amount", Text.of("platform.money.positive", "amount")));
        assertThat(again.getErrorMessage()).isEqualTo("amount must be more than zero");
    }

    @Test
    void aFaultIsNotARefusalAndPropagates() {
        FormErrors form = new FormErrors(chinese);
        assertThatThrownBy(() -> form.save(() -> {
            throw new IllegalStateException("a bug");
        })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aScreensWordsComeFromItsBundleWithoutFallingBackToTheServersLanguage() {
        assertThat(chinese.get("greeting", "阿芳")).isEqualTo("你好，阿芳");
        assertThat(chinese.in(Locale.ENGLISH).get("greeting", "Ah Fong")).isEqualTo("Hello, Ah Fong");
        assertThat(chinese.in(Locale.ENGLISH).get("only-chinese")).as("a missing English word shows the Chinese one")
                .isEqualTo("只有中文");
        assertThat(chinese.get("missing")).isEqualTo("!missing");
        assertThat(chinese.of(Text.of("platform.required"))).isEqualTo("此项必填");
    }
}
