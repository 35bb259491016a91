package org.corridor.evidence.observation;

/**
 * A kind of figure the observations hold, from {@code indicators.csv}.
 *
 * @param unitFamily people, share, money, money_per_migrant, duration or events
 * @param kind the kind of figure the validation summarises checks by: stocks, flows, money, composition,
 *     legal_status, enforcement, households, home, networks_and_services ({@link Observations#KINDS})
 * @param quantity the indicator whose quantity this one measures in other terms (remittances as a share
 *     of GDP are remittances in dollars over GDP; the male share is a hundred less the female share), or
 *     the indicator itself
 */
public record Indicator(String name, String unitFamily, String kind, String quantity, String definition) {
}
