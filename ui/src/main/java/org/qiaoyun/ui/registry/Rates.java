package org.qiaoyun.ui.registry;

import java.util.Locale;
import java.util.OptionalDouble;

import org.qiaoyun.screens.Words;

/** A coverage rate as the registry screens show it: one decimal of a percent, or "none due" where nothing is due. */
final class Rates {

    private Rates() {
    }

    static String of(Words words, OptionalDouble rate) {
        return rate.isPresent() ? String.format(Locale.ROOT, "%.1f%%", rate.getAsDouble() * 100) : words.get("coverage.noRate");
    }
}
