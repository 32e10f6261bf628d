package org.qiaoyun.kernel.registry;

/**
 * The organisation code of GB 11714 (组织机构代码) that sits in characters 9 to 17 of a unified social credit
 * code: eight characters of body and a check character. Weights 3, 7, 9, 10, 5, 8, 4, 2; a digit counts its
 * value and a letter 10 for A up to 35 for Z; the check value is 11 - (sum mod 11), written {@code X} for 10
 * and {@code 0} for 11.
 */
final class OrganisationCode {

    private static final int[] WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private OrganisationCode() {
    }

    static char checkCharacter(String body) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            char c = body.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }
}
