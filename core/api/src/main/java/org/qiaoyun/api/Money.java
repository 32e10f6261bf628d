package org.qiaoyun.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of renminbi to the fen, held as a whole number of fen: never floating point. Amounts
 * come and go as yuan with at most two decimals ({@code "1234.50"}).
 */
public record Money(long fen) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    /** Parses yuan, refusing more than two decimals, and (when {@code positive}) zero or less. */
    public static Money yuan(String field, String text, boolean positive) {
        // plain ASCII digits only: no exponent ("1e5"), no full-width digits ("１００"), no brackets or signs but minus
        if (text == null || !AMOUNT.matcher(text.strip()).matches()) {
            throw new InvalidInputException(field, Text.of("platform.money.format", field));
        }
        return yuan(field, new BigDecimal(text.strip()), positive);
    }

    private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,20})?");

    public static Money yuan(String field, BigDecimal yuan, boolean positive) {
        if (yuan == null) {
            throw new InvalidInputException(field, Text.of("platform.money.required", field));
        }
        if (yuan.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(field, Text.of("platform.money.decimals", field));
        }
        if (positive && yuan.signum() <= 0) {
            throw new InvalidInputException(field, Text.of("platform.money.positive", field));
        }
        try {
            return new Money(yuan.movePointRight(2).longValueExact());
        } catch (ArithmeticException e) {
            throw new InvalidInputException(field, Text.of("platform.money.too-large", field));
        }
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(fen, other.fen));
    }

    public boolean isPositive() {
        return fen > 0;
    }

    /** The amount in yuan with two decimals, as the API shows it. */
    public BigDecimal toYuan() {
        return BigDecimal.valueOf(fen, 2).setScale(2, RoundingMode.UNNECESSARY);
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    /** As people read an amount: ¥12,345.00, thousands grouped, always two decimals. */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "¥%,.2f", toYuan());
    }
}
