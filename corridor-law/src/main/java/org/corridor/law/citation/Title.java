package org.corridor.law.citation;

import java.util.Objects;

/**
 * An instrument's title in one language, with where it was read: every title cites its page, and one we
 * wrote ourselves (a translation, or a date and number without the act's name) says so.
 *
 * @param text the title as a reader of that language should see it
 * @param source the page the title was read on, or the page the act's date and number come from
 * @param verified true where {@code text} was read on {@code source}; false where we composed it
 * @param note why it is not verified, or what the page shows that the text does not
 */
public record Title(String text, String source, boolean verified, String note) {
    public Title {
        Objects.requireNonNull(text, "text");
        source = source == null ? "" : source;
        note = note == null ? "" : note;
        if (text.isBlank()) {
            throw new IllegalArgumentException("a title needs its text");
        }
        if (verified && source.isBlank()) {
            throw new IllegalArgumentException("a verified title needs the page it was read on: " + text);
        }
        if (!verified && note.isBlank()) {
            throw new IllegalArgumentException("an unverified title needs a note saying why: " + text);
        }
    }
}
