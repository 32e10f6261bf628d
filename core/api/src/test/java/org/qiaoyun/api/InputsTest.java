package org.qiaoyun.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class InputsTest {

    @Test
    void aDateIsOneThePlatformCouldMeet() {
        assertThat(Inputs.date("2026-11-25", "visitDate")).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(Inputs.date(" ", "visitDate")).isNull();
        for (String odd : new String[] {"0000-01-01", "1899-12-31", "2200-01-01", "+12026-01-01"}) {
            assertThatThrownBy(() -> Inputs.date(odd, "birthDate")).as(odd).isInstanceOf(InvalidInputException.class)
                    .hasFieldOrPropertyWithValue("field", "birthDate");
        }
        assertThatThrownBy(() -> Inputs.date("2026-02-30", "consentDate")).hasMessageContaining("like 2026-11-25");
    }
}
