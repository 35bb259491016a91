package org.corridor.law.fact;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Facts that cannot describe a real history: names the field (an option, an event) and the reason.
 *
 * <p>The reason is typed ({@link Reason} and its arguments), not free text, so that the web planner
 * can say it in the reader's language (the message bundles' {@code reason.KEY}); the English text
 * ({@link #getMessage()}, {@link #reason()}) is what the command line and the JSON API say.
 */
public class InvalidFactsException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final Reason reason;
    private final transient List<Object> args;

    /**
     * @param args the reason's arguments, in the order of its English text's placeholders: the text
     *     given (a {@link String}), a {@link java.time.LocalDate}, an {@link EventKind}, a list of codes
     *     ({@link java.util.Collection}), or a number
     */
    public InvalidFactsException(String field, Reason reason, Object... args) {
        super(field + ": " + reason.english(args));
        this.field = field;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.args = List.copyOf(Arrays.asList(args).stream().map(a -> a == null ? (Object) "null" : a).toList());
        if (args.length != reason.arity()) {
            throw new IllegalArgumentException(reason + " takes " + reason.arity() + " arguments, got " + args.length);
        }
    }

    public String field() {
        return field;
    }

    /** The kind of mistake. */
    public Reason kind() {
        return reason;
    }

    /** The reason's arguments (the text given, dates, codes), in the order of its placeholders. */
    public List<Object> args() {
        return args;
    }

    /** The reason in English, without the field: what follows "FIELD: " in {@link #getMessage()}. */
    public String reason() {
        return reason.english(args.toArray());
    }

    /**
     * The kinds of mistake in a person's facts, each with its English text ({@code {0}}, {@code {1}}:
     * the arguments). The bundle key of a reason is {@code reason.} and {@link #key()}.
     */
    public enum Reason {
        /** An event given as empty text (command line, JSON). */
        EMPTY_EVENT("empty event; expected KIND:DATE[:VALUE], for example exit:2016-06-01"),
        /** An event not written KIND:DATE[:VALUE]; {0} the text. */
        NOT_AN_EVENT("''{0}'' is not KIND:DATE[:VALUE], for example exit:2016-06-01"),
        /** {0} the kind given, {1} the kinds known. */
        UNKNOWN_EVENT_KIND("unknown event kind ''{0}''; known: {1}"),
        /** {0} the text given. */
        NOT_A_DATE("''{0}'' is not a date (expected YYYY-MM-DD)"),
        /** {0} the date, {1} and {2} the first and last days a history may hold. */
        DATE_OUT_OF_RANGE("{0} is outside {1}..{2}"),
        /** An entry's value that is not a purpose; {0} the value. */
        ENTRY_PURPOSE("purpose ''{0}'' is not work or visit"),
        /** A purpose that is not work or visit; {0} the text given. */
        NOT_A_PURPOSE("''{0}'' is not work or visit"),
        /** The form's purpose left empty or changed. */
        CHOOSE_PURPOSE("choose work or visit"),
        /** An application's or authorisation's value; {0} the value. */
        NOT_AN_AUTHORISATION("''{0}'' is not patent, permit or residence"),
        /** An offence's article in other characters. */
        BAD_ARTICLE("the article must be up to 40 letters, digits, dots or brackets"),
        /** A value on an event that takes none; {0} the value. */
        TAKES_NO_VALUE("takes no value, got ''{0}''"),
        /** {0} the value given as months paid. */
        BAD_MONTHS("months paid must be a whole number from 1 to 12, got ''{0}''"),
        /** {0} the text given as an occupation. */
        BAD_OCCUPATION_KEY("''{0}'' is not an occupation key (lower-case words joined by hyphens)"),
        /** {0} the occupation, {1} the ones the law knows (joined). */
        UNKNOWN_OCCUPATION("''{0}'' is not a known occupation; use one of {1}"),
        /** {0} the jurisdiction's English name. */
        OCCUPATION_ONLY_IN_RUSSIA("occupations matter only in Russia (regional bans on patent holders); leave it out for {0}"),
        /** {0} a country Corridor does not cover, {1} the covered ones. */
        CITIZENSHIP_NOT_COVERED("{0} is not covered; use one of {1}"),
        /** {0} the text given, {1} the covered citizenships. */
        NOT_A_COVERED_CITIZENSHIP("''{0}'' is not a covered citizenship; use one of {1}"),
        /** {0} the text given as a citizenship. */
        NOT_A_COUNTRY_CODE("''{0}'' is not a country code; use TJ, KG, UZ or KZ"),
        /** {0} the text given as a destination. */
        NOT_A_DESTINATION("''{0}'' is not a destination; use RU, KZ, TR or KG (internal registration)"),
        /** {0} the destination, which has no regions. */
        NO_REGIONS("{0} has no regions in Corridor''s law; leave --region out"),
        /** {0} the text given, {1} the destination, {2} its regions. */
        NOT_A_REGION("''{0}'' is not a region of {1}; use one of {2}"),
        /** A foreigner with Kyrgyzstan's internal registration as destination. */
        KG_INTERNAL_FOREIGNER("KG covers only the internal registration of Kyrgyz citizens; foreign citizens in Kyrgyzstan are not modelled"),
        /** A residence permit outside Turkey. */
        RESIDENCE_OUTSIDE_TURKEY("a residence permit is modelled only in Turkey (TR)"),
        /** {0} the day the stay without an exit began. */
        OVERLAPPING_STAYS("overlapping stays: the stay that began on {0} has no exit before this entry"),
        /** {0} the kind of event (an exit or an expulsion). */
        EXIT_BEFORE_ENTRY("no entry precedes this {0} (an exit cannot come before its entry)"),
        /** An event outside any stay. */
        OUTSIDE_STAY("falls outside any stay; it must come between an entry and its exit"),
        /** The form's date of entry left empty. */
        ENTRY_MISSING("give the date of entry"),
        /** The command line without an entry. */
        NO_ENTRY_OPTION("no entry given; add --entry YYYY-MM-DD"),
        /** {0} the most further events a form takes. */
        TOO_MANY_EVENTS("at most {0} further events"),
        /** {0} the view asked for, which no button of the form asks for. */
        UNKNOWN_VIEW("unknown view ''{0}''"),
        /** An event row whose kind is not one of the list's. */
        CHOOSE_EVENT_KIND("choose the kind of event from the list"),
        /** An event row without a date. */
        EVENT_DATE_MISSING("give the date of the event"),
        /** An event row whose value is not one of the list's. */
        CHOOSE_VALUE("choose the value from the list"),
        /** An event row with a value from the list and a number. */
        VALUE_AND_NUMBER("give either a value from the list or a number, not both"),
        /** An event row whose number holds a colon. */
        NUMBER_WITH_COLON("the number cannot contain '':''");

        private final String english;

        Reason(String english) {
            this.english = english;
        }

        /** The bundle key's last part: the name in lower case with hyphens ({@code not-a-date}). */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** How many arguments the reason takes. */
        public int arity() {
            int n = 0;
            while (english.contains("{" + n + "}")) {
                n++;
            }
            return n;
        }

        /**
         * The English text with its arguments: each as {@link String#valueOf}, an event kind as its word
         * ({@code exit}). Quotes are written {@code ''} in the pattern, as in the bundles.
         */
        public String english(Object... args) {
            StringBuilder out = new StringBuilder();
            String p = english;
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                if (c == '\'' && i + 1 < p.length() && p.charAt(i + 1) == '\'') {
                    out.append('\'');
                    i++;
                } else if (c == '{' && i + 2 < p.length() && Character.isDigit(p.charAt(i + 1)) && p.charAt(i + 2) == '}') {
                    int n = p.charAt(i + 1) - '0';
                    Object a = n < args.length ? args[n] : null;
                    out.append(a instanceof EventKind k ? k.word() : String.valueOf(a));
                    i += 2;
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
    }
}
