package org.corridor.law.fact;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of dated events a history is made of, each written as a lower-case word in
 * {@code KIND:DATE[:VALUE]}.
 */
public enum EventKind {
    /** Crossing into the destination; value {@code work} or {@code visit} (the purpose on the migration card). */
    ENTRY("entry"),
    /** Leaving the destination. */
    EXIT("exit"),
    /** Registration at the place of stay (migration registration, or propiska in Kyrgyzstan). */
    REGISTRATION("registration"),
    /** Applying for work authorisation; value {@code patent}, {@code permit} or {@code residence} (Turkey). */
    APPLICATION("application"),
    /** Work authorisation issued; value {@code patent}, {@code permit} or {@code residence} (Turkey). */
    AUTHORISATION("authorisation"),
    /** A monthly patent or permit payment; value the number of months it covers (1 to 12, default 1). */
    PAYMENT("payment"),
    /** The exam in Russian language, history and law passed. */
    EXAM("exam"),
    /** The medical tests passed (HIV, drug addiction, tuberculosis, skin diseases). */
    MEDICAL("medical"),
    /** Health insurance bought. */
    INSURANCE("insurance"),
    /** A foreign (travel) passport obtained. */
    PASSPORT("passport"),
    /** An employment contract starts. */
    CONTRACT_START("contract-start"),
    /** An employment contract ends. */
    CONTRACT_END("contract-end"),
    /** An administrative offence ruled against the person; optional value: the article. */
    OFFENCE("offence"),
    /** Administrative expulsion or deportation: the stay ends that day. */
    EXPULSION("expulsion"),
    /** A forged document found on the person. */
    FORGERY("forgery"),
    /** Entered in Russia's register of controlled persons, as the ministry's site shows (115-FZ art. 31.2). */
    REGISTER_LISTED("register-listed"),
    /** Removed from the register of controlled persons (status regularised, or a wrong entry corrected). */
    REGISTER_REMOVED("register-removed"),
    /**
     * Applied to regularise one's status under the 2025 amnesty (Presidential Decree No. 1126 of
     * 30.12.2024, extended to 10 September 2025), without leaving Russia.
     */
    AMNESTY("amnesty");

    private final String word;

    EventKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<EventKind> parse(String word) {
        return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst();
    }

    public static String allWords() {
        return Arrays.stream(values()).map(EventKind::word).collect(Collectors.joining(", "));
    }

    /** Events that show the person did what the law asks; adding one never adds a violation. */
    public boolean isCompliance() {
        return switch (this) {
            case REGISTRATION, APPLICATION, AUTHORISATION, PAYMENT, EXAM, MEDICAL, INSURANCE, PASSPORT, REGISTER_REMOVED, AMNESTY -> true;
            default -> false;
        };
    }

    /** Events that may happen before the person enters (at home or at a consulate). */
    public boolean allowedAbroad() {
        return this == PASSPORT || this == EXAM;
    }
}
