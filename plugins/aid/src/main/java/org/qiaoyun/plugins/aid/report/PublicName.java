package org.qiaoyun.plugins.aid.report;

/**
 * A person's name as practice shows it to the public or to a donor (公示): the family name and the last character,
 * the rest hidden — 陈*英, 欧阳**明; a two-character name keeps its first (李*). Enough to be recognised by those
 * who know the person, not enough to be found by a stranger.
 */
public final class PublicName {

    private PublicName() {
    }

    public static String of(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        int[] chars = name.strip().codePoints().toArray();
        if (chars.length == 1) {
            return new String(chars, 0, 1);
        }
        StringBuilder shown = new StringBuilder().appendCodePoint(chars[0]);
        if (chars.length == 2) {
            return shown.append('*').toString();
        }
        return shown.append("*".repeat(chars.length - 2)).appendCodePoint(chars[chars.length - 1]).toString();
    }
}
