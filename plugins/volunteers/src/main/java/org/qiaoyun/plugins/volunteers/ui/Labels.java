package org.qiaoyun.plugins.volunteers.ui;

import org.qiaoyun.plugins.volunteers.shift.SignUp;

/** Words for the domain's values on screen, in Chinese or English. */
final class Labels {

    private Labels() {
    }

    static String evaluation(SignUp.Evaluation evaluation, boolean english) {
        return switch (evaluation) {
            case EXCELLENT -> VolunteerWords.say(english, "labels.excellent");
            case GOOD -> VolunteerWords.say(english, "labels.good");
            case PASS -> VolunteerWords.say(english, "labels.pass");
            case FAIL -> VolunteerWords.say(english, "labels.fail");
        };
    }
}
