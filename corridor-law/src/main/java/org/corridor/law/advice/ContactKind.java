package org.corridor.law.advice;

import java.util.Locale;

/** What kind of place or line a contact is: the planner words and orders them by kind. */
public enum ContactKind {
    /** An official online service (the ban check, the register check). */
    SERVICE,
    /** A government office a person goes to (a migration division, a migration centre). */
    OFFICE,
    /** The embassy or a consulate of the person's country. */
    CONSULATE,
    /** A telephone line of a ministry or agency. */
    HOTLINE,
    /** A non-governmental organisation that helps migrants. */
    NGO;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ContactKind parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
