package org.corridor.evidence.observation;

/**
 * A kind of figure the observations hold, from {@code indicators.csv}.
 *
 * @param unitFamily people, share, money, money_per_migrant, duration or events
 */
public record Indicator(String name, String unitFamily, String definition) {
}
