package org.corridor.law.assessment;

import java.util.Locale;

/** What a {@link Notice} tells; {@link #key()} is its spelling in JSON and messages. */
public enum NoticeKind {
    /** Without a lawful ground, expulsion may be ordered by the police, without a court, with up to 48 hours' detention. */
    POLICE_EXPULSION,
    /** The 2025 amnesty is open: status can be regularised without leaving, whatever the purpose of entry. */
    AMNESTY_OPEN,
    /** Moscow and Moscow oblast: registration and location through the Amina app. */
    AMINA,
    /** Fingerprints and a photo are taken at the border. */
    BIOMETRICS_AT_ENTRY,
    /** An entry application may be filed in the RuID app before entry (voluntary). */
    ENTRY_APPLICATION,
    /** Children are admitted to school only with proof of lawful stay and a Russian test. */
    SCHOOL_ADMISSION,
    /** The region bars patent holders from the person's occupation. */
    OCCUPATION_BANNED,
    /** The region's bans on occupations are not in Corridor's law data: ask the migration office. */
    OCCUPATION_NOT_COVERED;

    private final String key = name().toLowerCase(Locale.ROOT).replace('_', '-');

    public String key() {
        return key;
    }
}
