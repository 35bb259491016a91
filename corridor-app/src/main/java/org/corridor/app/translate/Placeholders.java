package org.corridor.app.translate;

import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The {@code {0}}-style placeholders of a {@link java.text.MessageFormat} pattern as MessageFormat sees
 * them: outside its quotes. An ASCII apostrophe starts a quote ({@code ''} is one apostrophe), so a
 * placeholder after a lone apostrophe is printed as it is instead of being filled in.
 */
final class Placeholders {
    private Placeholders() {
    }

    /** The argument numbers a pattern uses, nested ones (in a choice) included. */
    static SortedSet<Integer> of(String pattern) {
        SortedSet<Integer> found = new TreeSet<>();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '{' && !quoted) {
                int j = i + 1;
                while (j < pattern.length() && pattern.charAt(j) == ' ') {
                    j++;
                }
                int start = j;
                while (j < pattern.length() && Character.isDigit(pattern.charAt(j))) {
                    j++;
                }
                if (j > start && j - start < 4) {
                    found.add(Integer.parseInt(pattern.substring(start, j)));
                }
            }
        }
        return found;
    }

    /** The placeholders as a reader sees them listed: "{0} {1}", or "" for none. */
    static String list(SortedSet<Integer> numbers) {
        return numbers.stream().map(n -> "{" + n + "}").collect(Collectors.joining(" "));
    }

    /** Whether the pattern holds an apostrophe that is not doubled: MessageFormat takes it as a quote. */
    static int loneApostrophe(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            if (pattern.charAt(i) == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }
}
