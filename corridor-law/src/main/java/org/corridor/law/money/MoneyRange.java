package org.corridor.law.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** A range of money such as a fine "from 2,000 to 5,000 RUB"; {@code min == max} for a fixed sum. */
public record MoneyRange(BigDecimal min, BigDecimal max, Currency currency) {
    public MoneyRange {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(currency, "currency");
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("range minimum " + min + " exceeds maximum " + max);
        }
        min = new Money(min, currency).amount();
        max = new Money(max, currency).amount();
    }

    public static MoneyRange of(long min, long max, String currency) {
        return new MoneyRange(BigDecimal.valueOf(min), BigDecimal.valueOf(max), Currency.getInstance(currency));
    }

    @Override
    public String toString() {
        return min.equals(max)
                ? min.toPlainString() + " " + currency.getCurrencyCode()
                : min.toPlainString() + "-" + max.toPlainString() + " " + currency.getCurrencyCode();
    }
}
