package org.qiaoyun.plugins.legal.consultation;

/** How a consultation ended: advice given, a dispute mediated, the matter referred elsewhere, the person represented. */
public enum Outcome {
    ADVICE_GIVEN, MEDIATED, REFERRED, REPRESENTED
}
