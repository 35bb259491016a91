package org.corridor.app.translate;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A message bundle's text as it is in its file: the keys in the file's order with their values, and
 * the lines they stand on, so that a correction changes only its own line and an unchanged bundle is
 * written back byte for byte. The values are read by {@link Properties} itself (escapes, continuation
 * lines); the lines are found by the same rules.
 */
final class BundleFile {
    /** One logical line: a key's first physical line and how many lines it takes (more with continuations). */
    private record Span(int first, int count) {
    }

    private final List<String> lines;
    private final String lineEnd;
    private final boolean endsWithNewline;
    private final Map<String, String> values;
    private final Map<String, Span> spans;

    private BundleFile(List<String> lines, String lineEnd, boolean endsWithNewline, Map<String, String> values, Map<String, Span> spans) {
        this.lines = lines;
        this.lineEnd = lineEnd;
        this.endsWithNewline = endsWithNewline;
        this.values = values;
        this.spans = spans;
    }

    static BundleFile parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a properties file: " + e.getMessage(), e);
        }
        String lineEnd = text.contains("\r\n") ? "\r\n" : "\n";
        boolean endsWithNewline = text.endsWith("\n");
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (endsWithNewline) {
            lines.remove(lines.size() - 1);
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Span> spans = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String stripped = line.stripLeading();
            int first = i;
            while (continues(lines.get(i)) && i + 1 < lines.size()) {
                i++;
            }
            if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!")) {
                continue;
            }
            String key = key(stripped);
            values.put(key, p.getProperty(key));
            spans.put(key, new Span(first, i - first + 1));
        }
        if (!values.keySet().equals(p.stringPropertyNames())) {
            throw new IllegalStateException("the bundle's keys were not all found on their lines");
        }
        return new BundleFile(lines, lineEnd, endsWithNewline, Collections.unmodifiableMap(values), spans);
    }

    /** Whether a line ends in an odd number of backslashes, continuing on the next. */
    private static boolean continues(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    /** The key at the start of a logical line, unescaped, as {@link Properties} reads it. */
    private static String key(String line) {
        StringBuilder k = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char n = line.charAt(++i);
                switch (n) {
                    case 't' -> k.append('\t');
                    case 'n' -> k.append('\n');
                    case 'r' -> k.append('\r');
                    case 'f' -> k.append('\f');
                    case 'u' -> {
                        k.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> k.append(n);
                }
            } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                break;
            } else {
                k.append(c);
            }
        }
        return k.toString();
    }

    /** The keys in the file's order, with their values. */
    Map<String, String> values() {
        return values;
    }

    /**
     * The file's text with the changed values: each on its key's line (a continued value becomes one
     * line); a key the file lacks goes after the nearest key before it in {@code order} that it has,
     * or at the end. Everything else is as it was.
     */
    String with(Map<String, String> changes, List<String> order) {
        List<String> out = new ArrayList<>(lines);
        // replaced from the bottom up, so the spans above stay where they are
        List<Map.Entry<String, Span>> changed = new ArrayList<>();
        for (Map.Entry<String, Span> e : spans.entrySet()) {
            if (changes.containsKey(e.getKey())) {
                changed.add(e);
            }
        }
        changed.sort((a, b) -> Integer.compare(b.getValue().first(), a.getValue().first()));
        for (Map.Entry<String, Span> e : changed) {
            Span s = e.getValue();
            for (int i = 0; i < s.count(); i++) {
                out.remove(s.first());
            }
            out.add(s.first(), line(e.getKey(), changes.get(e.getKey())));
        }
        // new keys: inserted after their predecessor in the English order; later inserts shift earlier indexes, so track them
        List<String> added = new ArrayList<>();
        for (String key : order) {
            if (changes.containsKey(key) && !spans.containsKey(key)) {
                added.add(key);
            }
        }
        for (String key : added) {
            int at = out.size();
            for (int i = order.indexOf(key) - 1; i >= 0; i--) {
                int found = lineOf(out, order.get(i));
                if (found >= 0) {
                    at = found + 1;
                    break;
                }
            }
            out.add(at, line(key, changes.get(key)));
        }
        String text = String.join(lineEnd, out);
        return endsWithNewline ? text + lineEnd : text;
    }

    private static int lineOf(List<String> lines, String key) {
        String prefix = escapeKey(key) + "=";
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    static String line(String key, String value) {
        return escapeKey(key) + "=" + escapeValue(value);
    }

    private static String escapeKey(String key) {
        StringBuilder b = new StringBuilder();
        for (char c : key.toCharArray()) {
            if (c == '=' || c == ':' || c == ' ' || c == '#' || c == '!' || c == '\\') {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /** A value as a properties line holds it: UTF-8 as it is, backslashes, line breaks and a leading space escaped. */
    static String escapeValue(String value) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\f' -> b.append("\\f");
                case ' ' -> b.append(i == 0 ? "\\ " : " ");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
