package org.corridor.app.translate;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A review sheet read back: the corrections it holds, checked against the texts, with what
 * spreadsheets do to a CSV undone (a byte-order mark, {@code ;} or tab as the separator, Windows line
 * endings, trailing spaces, and in Uzbek an ASCII apostrophe typed for ʻ) or refused with a message
 * saying what to do. Nothing here writes; {@link #read} throws {@link Refused} with every problem found.
 */
final class Corrections {
    /** U+02BB MODIFIER LETTER TURNED COMMA: Uzbek oʻ, gʻ. */
    static final char OKINA = '\u02BB';
    /** U+02BC MODIFIER LETTER APOSTROPHE: Uzbek tutuq belgisi (maʼlumot). */
    static final char TUTUQ = '\u02BC';
    /** An apostrophe a keyboard or a spreadsheet's autocorrect typed after o or g, meaning ʻ. */
    private static final Pattern O_G_APOSTROPHE = Pattern.compile("(?<=[oOgG])['\u2018\u2019`]");
    private static final Pattern LITERAL_PLACEHOLDER = Pattern.compile("\\{\\s*(\\d{1,3})");

    /** The sheet could not be applied; the message lists every problem, one a line. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    /** A correction to apply: the text, its new wording, and the sheet's row it came from. */
    record Correction(ReviewTexts.Text text, String correction, int row) {
    }

    private final List<Correction> corrections;
    private final List<String> notes;

    private Corrections(List<Correction> corrections, List<String> notes) {
        this.corrections = corrections;
        this.notes = notes;
    }

    /** The corrections that change a text, in the sheet's order. */
    List<Correction> corrections() {
        return corrections;
    }

    /** What was undone or noticed on the way, for the report. */
    List<String> notes() {
        return notes;
    }

    static Corrections read(String file, byte[] bytes, ReviewTexts texts) throws Refused {
        List<String> notes = new ArrayList<>();
        String language = texts.language();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Refused(file + " is not UTF-8 text: save it from the spreadsheet as \"CSV UTF-8 (comma delimited)\" (Excel) "
                    + "or as CSV with the character set UTF-8 (LibreOffice), not in the system's code page");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
            notes.add("removed the byte-order mark a spreadsheet put at the start of the file");
        }
        if (text.isBlank()) {
            throw new Refused(file + " is empty");
        }
        String header = text.lines().findFirst().orElse("");
        char separator = separator(header);
        if (separator != ',') {
            notes.add("read with '" + (separator == '\t' ? "\\t" : String.valueOf(separator)) + "' as the separator, as the spreadsheet wrote it");
        }
        if (text.contains("\r")) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
            notes.add("read Windows line endings (CRLF) as line breaks");
        }
        List<String[]> records = new ArrayList<>();
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator)).readValues(text)) {
            while (it.hasNextValue()) {
                records.add(it.nextValue());
            }
        } catch (IOException | RuntimeException e) {
            String m = e instanceof com.fasterxml.jackson.core.JacksonException j ? j.getOriginalMessage() : e.getMessage();
            throw new Refused(file + " is not a readable CSV file (row " + (records.size() + 2) + "): " + m);
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        String[] names = records.get(0);
        for (int i = 0; i < names.length; i++) {
            columns.putIfAbsent(names[i].strip(), i);
        }
        for (String c : columns.keySet()) {
            if (c.startsWith(ReviewSheet.TRANSLATION_PREFIX) && !c.equals(ReviewSheet.TRANSLATION_PREFIX + language)) {
                throw new Refused(file + " is the review sheet of '" + c.substring(ReviewSheet.TRANSLATION_PREFIX.length())
                        + "' (its column " + c + "), not of '" + language + "' (--lang)");
            }
        }
        List<String> missing = ReviewSheet.columns(language).stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new Refused(file + ": the column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                    + (missing.size() > 1 ? " are" : " is") + " missing (the header row has: " + String.join(", ", columns.keySet())
                    + "); keep the sheet's first row as 'corridor translations --review' wrote it");
        }
        int keyAt = columns.get(ReviewSheet.KEY);
        int translationAt = columns.get(ReviewSheet.TRANSLATION_PREFIX + language);
        int correctionAt = columns.get(ReviewSheet.CORRECTION);
        List<String> problems = new ArrayList<>();
        List<Correction> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int trimmed = 0;
        for (int r = 1; r < records.size(); r++) {
            String[] cells = records.get(r);
            int row = r + 1; // as a spreadsheet numbers it, the header being row 1
            String key = cell(cells, keyAt).strip();
            if (key.isEmpty()) {
                if (!cell(cells, correctionAt).isBlank()) {
                    problems.add("row " + row + ": a correction without a key");
                }
                continue;
            }
            ReviewTexts.Text t = texts.byKey().get(key);
            String at = "row " + row + " (" + key + ")";
            if (t == null) {
                problems.add(at + ": unknown key: it is not a key of the bundles, the advice or the law; keep the key column as the review wrote it");
                continue;
            }
            if (!seen.add(key)) {
                problems.add(at + ": the key is on two rows");
                continue;
            }
            String translation = cell(cells, translationAt).stripTrailing();
            if (!translation.equals(t.translation()) && !translation.isEmpty()) {
                notes.add(at + ": the " + ReviewSheet.TRANSLATION_PREFIX + language
                        + " column differs from the current text; only the correction column is applied");
            }
            String raw = cell(cells, correctionAt);
            String correction = stripLines(raw);
            if (!correction.equals(raw) && !correction.isEmpty()) {
                trimmed++;
            }
            if (correction.isEmpty()) {
                continue;
            }
            try {
                correction = check(at, t, correction, language, notes);
            } catch (Refused e) {
                problems.add(e.getMessage());
                continue;
            }
            if (!correction.equals(t.translation())) {
                out.add(new Correction(t, correction, row));
            }
        }
        if (trimmed > 0) {
            notes.add("removed the spaces at the end of " + trimmed + " correction" + (trimmed > 1 ? "s" : ""));
        }
        if (!problems.isEmpty()) {
            throw new Refused(file + ": " + problems.size() + " problem" + (problems.size() > 1 ? "s" : "") + ", nothing was written:\n  "
                    + String.join("\n  ", problems));
        }
        return new Corrections(List.copyOf(out), List.copyOf(notes));
    }

    /** The separator of the header row: ',' as written, or ';' or a tab as spreadsheets in many locales save it. */
    static char separator(String header) {
        String h = header.startsWith("\uFEFF") ? header.substring(1) : header;
        h = h.startsWith("\"") ? h.substring(1) : h;
        if (h.startsWith(ReviewSheet.KEY)) {
            String after = h.substring(ReviewSheet.KEY.length()).replaceFirst("^\"", "");
            if (!after.isEmpty() && (after.charAt(0) == ';' || after.charAt(0) == '\t' || after.charAt(0) == ',')) {
                return after.charAt(0);
            }
        }
        int comma = h.indexOf(',');
        int semicolon = h.indexOf(';');
        return semicolon >= 0 && (comma < 0 || semicolon < comma) ? ';' : ',';
    }

    private static String cell(String[] cells, int at) {
        return at < cells.length && cells[at] != null ? cells[at] : "";
    }

    /** The text without the spaces a spreadsheet leaves at the end of it, or of its lines. */
    private static String stripLines(String s) {
        return s.lines().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("").stripTrailing();
    }

    /** The correction as it can be written, or why it cannot. */
    static String check(String at, ReviewTexts.Text t, String correction, String language, List<String> notes) throws Refused {
        if (t.kind() == ReviewTexts.Kind.BUNDLE && correction.contains("\n")) {
            throw new Refused(at + ": the correction has a line break; the interface's texts are one line each");
        }
        if (language.equals("uz")) {
            Matcher m = O_G_APOSTROPHE.matcher(correction);
            int replaced = 0;
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(b, String.valueOf(OKINA));
                replaced++;
            }
            m.appendTail(b);
            correction = b.toString();
            if (replaced > 0) {
                notes.add(at + ": replaced " + replaced + " apostrophe" + (replaced > 1 ? "s" : "") + " after o/g with ʻ (U+02BB)");
            }
            int lone = correction.indexOf('\'');
            if (lone >= 0) {
                if (t.pattern()) {
                    throw new Refused(at + ": an ASCII apostrophe (') at \"" + around(correction, lone) + "\": in a text with placeholders Java's MessageFormat "
                            + "takes it as the start of a quote and silently drops the placeholders after it; write ʼ (U+02BC) for the tutuq belgisi "
                            + "or ʻ (U+02BB) for oʻ/gʻ");
                }
                int n = (int) correction.chars().filter(c -> c == '\'').count();
                correction = correction.replace('\'', TUTUQ);
                notes.add(at + ": replaced " + n + " ASCII apostrophe" + (n > 1 ? "s" : "") + " elsewhere with ʼ (U+02BC), the tutuq belgisi");
            }
        } else if (t.pattern()) {
            int lone = Placeholders.loneApostrophe(correction);
            if (lone >= 0) {
                throw new Refused(at + ": an ASCII apostrophe (') at \"" + around(correction, lone) + "\": in a text with placeholders Java's MessageFormat "
                        + "takes it as the start of a quote and silently drops the placeholders after it; write it twice ('') or use ’");
            }
        }
        if (t.pattern()) {
            try {
                new MessageFormat(correction);
            } catch (IllegalArgumentException e) {
                throw new Refused(at + ": the correction is not a valid message pattern (" + e.getMessage() + "); check its { and } against the English text");
            }
        }
        SortedSet<Integer> want = t.placeholders();
        SortedSet<Integer> got = t.pattern() ? Placeholders.of(correction) : literal(correction);
        if (!want.equals(got)) {
            SortedSet<Integer> lost = new TreeSet<>(want);
            lost.removeAll(got);
            SortedSet<Integer> extra = new TreeSet<>(got);
            extra.removeAll(want);
            throw new Refused(at + ": the correction's placeholders (" + shown(got) + ") must be exactly the English text's (" + shown(want) + ")"
                    + (lost.isEmpty() ? "" : "; missing " + Placeholders.list(lost))
                    + (extra.isEmpty() ? "" : "; not in the English " + Placeholders.list(extra)));
        }
        return correction;
    }

    private static SortedSet<Integer> literal(String s) {
        SortedSet<Integer> found = new TreeSet<>();
        Matcher m = LITERAL_PLACEHOLDER.matcher(s);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    private static String shown(SortedSet<Integer> s) {
        return s.isEmpty() ? "none" : Placeholders.list(s);
    }

    private static String around(String s, int at) {
        return s.substring(Math.max(0, at - 12), Math.min(s.length(), at + 12));
    }
}
