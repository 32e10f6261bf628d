package org.qiaoyun.plugins.legal.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who reads a consultation: its centre's head always, its adviser until it is sealed, nobody else. */
class ConfidentialityTest {

    @Test
    void theHeadAndTheAssignedAdviserReadOthersDoNot() {
        assertThat(Confidentiality.mayRead("head", "head", "adviser", false)).isTrue();
        assertThat(Confidentiality.mayRead("adviser", "head", "adviser", false)).isTrue();
        assertThat(Confidentiality.mayRead("other-adviser", "head", "adviser", false)).isFalse();
        assertThat(Confidentiality.mayRead("admin", "head", null, false)).as("an admin is nobody special here").isFalse();
        assertThat(Confidentiality.mayRead(null, null, null, false)).isFalse();
    }

    @Test
    void aSealedMatterIsTheHeadsAlone() {
        assertThat(Confidentiality.mayRead("adviser", "head", "adviser", true)).isFalse();
        assertThat(Confidentiality.mayRead("head", "head", "adviser", true)).isTrue();
    }
}
