package org.qiaoyun.plugins.aid;

import org.qiaoyun.api.personal.ResidentId;

/** Resident ID numbers for tests: valid ones, with the check character the first seventeen call for. */
public final class ResidentIds {

    private ResidentIds() {
    }

    public static String valid(String seventeen) {
        return seventeen + ResidentId.checkCharacter(seventeen);
    }
}
