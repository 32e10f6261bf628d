package org.qiaoyun.plugins.volunteers.recognition;

/**
 * A person's name as a public page shows it, the way notices in China mask names: the first and last
 * characters kept, those between starred (陈*英, 欧**远); a two-character name keeps its first (陈*).
 * Latin names keep the first letter of each word (A. W.).
 */
public final class MaskedName {

    private MaskedName() {
    }

    public static String of(String name) {
        if (name == null || name.isBlank()) {
            return "*";
        }
        String n = name.strip();
        if (n.contains(" ")) {
            StringBuilder initials = new StringBuilder();
            for (String word : n.split("\\s+")) {
                initials.append(initials.length() == 0 ? "" : " ").appendCodePoint(word.codePointAt(0)).append('.');
            }
            return initials.toString();
        }
        int[] characters = n.codePoints().toArray();
        if (characters.length == 1) {
            return "*";
        }
        StringBuilder masked = new StringBuilder().appendCodePoint(characters[0]);
        masked.append("*".repeat(Math.max(1, characters.length - 2)));
        if (characters.length > 2) {
            masked.appendCodePoint(characters[characters.length - 1]);
        }
        return masked.toString();
    }
}
