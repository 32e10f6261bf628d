package org.qiaoyun.plugins.aid.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names as a public notice or a donor report shows them. */
class PublicNameTest {

    @Test
    void theFamilyNameAndTheLastCharacterStayTheRestIsHidden() {
        assertThat(PublicName.of("陈秀英")).isEqualTo("陈*英");
        assertThat(PublicName.of("欧阳志明")).isEqualTo("欧**明");
        assertThat(PublicName.of("李明")).isEqualTo("李*");
        assertThat(PublicName.of(" 黄 ")).isEqualTo("黄");
        assertThat(PublicName.of(null)).isEmpty();
        assertThat(PublicName.of("𠀋仔珍")).as("a character beyond the basic plane counts as one").isEqualTo("𠀋*珍");
    }
}
