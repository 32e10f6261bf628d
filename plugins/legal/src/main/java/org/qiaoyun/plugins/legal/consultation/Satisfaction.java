package org.qiaoyun.plugins.legal.consultation;

/** What the person said of the service when the matter closed (when they said anything). */
public enum Satisfaction {
    SATISFIED, NEUTRAL, DISSATISFIED
}
