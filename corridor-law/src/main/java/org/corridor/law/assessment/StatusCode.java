package org.corridor.law.assessment;

import java.util.Locale;

/** A person's legal situation on the assessment date. */
public enum StatusCode {
    /** A citizen of the destination: its migration rules do not apply. */
    CITIZEN,
    /** Not in the destination (and not banned from it). */
    ABROAD,
    /** Not in the destination and banned from entering it. */
    BANNED,
    /** Present lawfully, not working (or not yet authorised to). */
    LEGAL_VISITOR,
    /** Present lawfully and working with valid authorisation (or with none needed). */
    LEGAL_WORKER,
    /** Present beyond the legal stay, or without the registration the law requires. */
    IRREGULAR_STAY,
    /** Present lawfully but working without the authorisation the law requires. */
    WORKING_WITHOUT_AUTHORISATION,
    /** An internal migrant in Kyrgyzstan whose registration is done or not yet due. */
    RESIDENT,
    /** An internal migrant in Kyrgyzstan who missed registration, and so the services it gates. */
    UNREGISTERED_RESIDENT;

    private final String key = name().toLowerCase(Locale.ROOT).replace('_', '-');

    public String key() {
        return key;
    }
}
