package org.qiaoyun.plugins.volunteers.ui;

import org.qiaoyun.plugins.volunteers.shift.SignUp;

/** Words for the domain's values on screen, in Chinese or English. */
final class Labels {

    private Labels() {
    }

    static String evaluation(SignUp.Evaluation evaluation, boolean english) {
        return switch (evaluation) {
            case EXCELLENT -> english ? "Excellent" : "优秀";
            case GOOD -> english ? "Good" : "良好";
            case PASS -> english ? "Pass" : "合格";
            case FAIL -> english ? "Fail" : "不合格";
        };
    }
}
