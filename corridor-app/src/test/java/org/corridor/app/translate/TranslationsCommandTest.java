package org.corridor.app.translate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.corridor.app.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslationsCommandTest {
    private static final List<String> BUNDLES = List.of("messages.properties", "messages_ru.properties", "messages_tg.properties",
            "messages_ky.properties", "messages_uz.properties");

    @TempDir
    Path tmp;
    Path bundles;

    @BeforeEach
    void copyBundles() throws IOException {
        bundles = Files.createDirectory(tmp.resolve("text"));
        for (String b : BUNDLES) {
            try (InputStream in = getClass().getResourceAsStream("/org/corridor/app/text/" + b)) {
                Files.copy(in, bundles.resolve(b));
            }
        }
    }

    private Path review(String lang) {
        Path out = tmp.resolve("review-" + lang);
        Run r = Run.of("translations", "--review", lang, "--out", out.toString(), "--bundles", bundles.toString());
        assertEquals(0, r.exitCode(), r.err());
        return out;
    }

    private Run apply(Path sheet, String lang) {
        return Run.of("translations", "--apply", sheet.toString(), "--lang", lang, "--bundles", bundles.toString());
    }

    private static List<String[]> rows(Path csv) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).readerFor(String[].class)
                .with(CsvSchema.emptySchema()).readValues(csv.toFile())) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    private static void write(Path csv, List<String[]> rows, char separator, String lineEnd) throws IOException {
        StringBuilder b = new StringBuilder();
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                if (i > 0) {
                    b.append(separator);
                }
                String c = r[i];
                boolean quote = c.indexOf(separator) >= 0 || c.contains("\"") || c.contains("\n") || c.contains("\r");
                b.append(quote ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
            }
            b.append(lineEnd);
        }
        Files.writeString(csv, b, StandardCharsets.UTF_8);
    }

    /** The sheet with one correction: on the row of {@code key}. */
    private static List<String[]> correct(List<String[]> rows, String key, String correction) {
        int at = List.of(rows.get(0)).indexOf("correction");
        boolean found = false;
        for (String[] r : rows) {
            if (r[0].equals(key)) {
                r[at] = correction;
                found = true;
            }
        }
        assertTrue(found, key);
        return rows;
    }

    private String bundleValue(String lang, String key) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(bundles.resolve("messages_" + lang + ".properties"))));
        return p.getProperty(key);
    }

    @Test
    void reviewWritesEveryTextAndAnUnchangedSheetLeavesTheBundleByteIdentical() throws IOException {
        byte[] before = Files.readAllBytes(bundles.resolve("messages_uz.properties"));
        Path out = review("uz");
        Path csv = out.resolve("review-uz.csv");
        List<String[]> rows = rows(csv);
        assertEquals(List.of("key", "en", "ru", "translation_uz", "glossary", "glossary_sources", "placeholders", "verdict", "correction"),
                List.of(rows.get(0)));
        Properties en = new Properties();
        en.load(new StringReader(Files.readString(bundles.resolve("messages.properties"))));
        List<String> keys = rows.stream().skip(1).map(r -> r[0]).toList();
        assertTrue(keys.containsAll(en.stringPropertyNames()));
        assertTrue(keys.stream().anyMatch(k -> k.matches("advice:[a-z0-9-]+:steps\\[0]\\.do")), "advice steps");
        assertTrue(keys.stream().anyMatch(k -> k.matches("advice:[a-z0-9-]+:short")), "contact short names");
        assertTrue(keys.stream().anyMatch(k -> k.startsWith("law:")), "law descriptions");
        String[] header = rows.stream().filter(r -> r[0].equals("plan.header")).findFirst().orElseThrow();
        assertEquals("{0} {1} {2}", header[6]);
        assertEquals(bundleValue("uz", "plan.header"), header[3]);

        Run r = apply(csv, "uz");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("0 corrections"), r.out());
        assertArrayEquals(before, Files.readAllBytes(bundles.resolve("messages_uz.properties")));
    }

    @Test
    void theHtmlPageHasEveryKeyAndNoScript() throws IOException {
        Path out = review("tg");
        String html = Files.readString(out.resolve("review-tg.html"));
        List<String[]> rows = rows(out.resolve("review-tg.csv"));
        for (String[] r : rows.subList(1, rows.size())) {
            assertTrue(html.contains("<tr id=\"" + ReviewSheet.esc(r[0]) + "\">"), r[0]);
        }
        assertEquals(rows.size() - 1, html.split("<tr id=").length - 1);
        assertFalse(html.toLowerCase().contains("<script"));
        assertTrue(html.contains("@media print"));
        try (Stream<Path> files = Files.list(tmp)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains(".partial-")), "no staging left");
        }
    }

    @Test
    void theGlossaryColumnShowsTheActsATextNames() throws IOException {
        Path out = review("uz");
        List<String[]> rows = rows(out.resolve("review-uz.csv"));
        List<String[]> named = rows.stream().skip(1).filter(r -> !r[4].isEmpty()).toList();
        assertFalse(named.isEmpty(), "some texts name a legal act");
        for (String[] r : named) {
            assertEquals(r[4].split("\n").length, r[5].split("\n").length, r[0]);
        }
        assertTrue(named.stream().anyMatch(r -> r[4].contains("Tax Code = ") && r[5].contains("ru-tax-code")), "the Tax Code entry");
    }

    @Test
    void aCorrectionIsWrittenOnItsOwnLine() throws IOException {
        List<String> before = Files.readAllLines(bundles.resolve("messages_ky.properties"));
        Path csv = review("ky").resolve("review-ky.csv");
        write(csv, correct(rows(csv), "plan.header", "Corridor боюнча план: {0}, {1}; текшерүү күнү: {2}   "), ',', "\r\n");
        Run r = apply(csv, "ky");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("1 correction written"), r.out());
        assertEquals("Corridor боюнча план: {0}, {1}; текшерүү күнү: {2}", bundleValue("ky", "plan.header"));
        List<String> after = Files.readAllLines(bundles.resolve("messages_ky.properties"));
        assertEquals(before.size(), after.size());
        int changed = 0;
        for (int i = 0; i < before.size(); i++) {
            changed += before.get(i).equals(after.get(i)) ? 0 : 1;
        }
        assertEquals(1, changed);
    }

    @Test
    void aByteOrderMarkAndSemicolonsAndWindowsLineEndingsAreUndone() throws IOException {
        Path csv = review("tg").resolve("review-tg.csv");
        write(csv, correct(rows(csv), "plan.none", "ҳеҷ чиз"), ';', "\r\n");
        byte[] body = Files.readAllBytes(csv);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(csv, withBom);
        Run r = apply(csv, "tg");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("byte-order mark"), r.out());
        assertTrue(r.out().contains("';' as the separator"), r.out());
        assertTrue(r.out().contains("CRLF"), r.out());
        assertEquals("ҳеҷ чиз", bundleValue("tg", "plan.none"));
        assertFalse(Files.readString(bundles.resolve("messages_tg.properties")).contains("\r"), "the bundle keeps its line endings");
    }

    @Test
    void anUzbekApostropheAfterOOrGBecomesTheOkina() throws IOException {
        Path csv = review("uz").resolve("review-uz.csv");
        write(csv, correct(rows(csv), "plan.none", "yo'q"), ',', "\n");
        Run r = apply(csv, "uz");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("row ") && r.out().contains("(plan.none): replaced 1 apostrophe after o/g with ʻ"), r.out());
        assertEquals("yoʻq", bundleValue("uz", "plan.none"));
    }

    @Test
    void anUzbekApostropheElsewhereInAPatternIsRefused() throws IOException {
        byte[] before = Files.readAllBytes(bundles.resolve("messages_uz.properties"));
        Path csv = review("uz").resolve("review-uz.csv");
        write(csv, correct(rows(csv), "plan.status", "Ma'lumot: {0}"), ',', "\n");
        Run r = apply(csv, "uz");
        assertEquals(2, r.exitCode(), r.out());
        assertTrue(r.err().contains("(plan.status): an ASCII apostrophe"), r.err());
        assertTrue(r.err().contains("MessageFormat") && r.err().contains("silently drops the placeholders"), r.err());
        assertTrue(r.err().contains("nothing was written"), r.err());
        assertArrayEquals(before, Files.readAllBytes(bundles.resolve("messages_uz.properties")));
    }

    @Test
    void aDroppedPlaceholderIsRefused() throws IOException {
        byte[] before = Files.readAllBytes(bundles.resolve("messages_ru.properties"));
        Path csv = review("ru").resolve("review-ru.csv");
        write(csv, correct(rows(csv), "plan.header", "План Corridor: {0}; дата проверки: {2}"), ',', "\r\n");
        Run r = apply(csv, "ru");
        assertEquals(2, r.exitCode(), r.out());
        assertTrue(r.err().contains("(plan.header): the correction's placeholders ({0} {2}) must be exactly the English text's ({0} {1} {2}); missing {1}"),
                r.err());
        assertArrayEquals(before, Files.readAllBytes(bundles.resolve("messages_ru.properties")));
    }

    @Test
    void anUnknownKeyAndAMissingColumnAreRefused() throws IOException {
        Path csv = review("ky").resolve("review-ky.csv");
        List<String[]> rows = rows(csv);
        rows.get(1)[0] = "plan.no-such-key";
        rows.get(1)[8] = "x";
        write(csv, rows, ',', "\n");
        Run r = apply(csv, "ky");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("row 2 (plan.no-such-key): unknown key"), r.err());

        List<String[]> cut = new ArrayList<>();
        for (String[] row : rows(csv)) {
            cut.add(java.util.Arrays.copyOf(row, 8)); // without correction
        }
        write(csv, cut, ',', "\n");
        r = apply(csv, "ky");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("the column correction is missing"), r.err());

        r = apply(csv, "uz");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("is the review sheet of 'ky'"), r.err());
    }

    @Test
    void adviceAndLawCorrectionsAreReportedNotWritten() throws IOException {
        Path csv = review("tg").resolve("review-tg.csv");
        List<String[]> rows = rows(csv);
        String advice = rows.stream().skip(1).map(r -> r[0]).filter(k -> k.endsWith(":steps[0].do")).findFirst().orElseThrow();
        write(csv, correct(rows, advice, "Матни нав"), ',', "\n");
        Run r = apply(csv, "tg");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("NOT written") && r.out().contains(advice), r.out());
        String report = Files.readString(csv.resolveSibling("review-tg.report.csv"));
        assertTrue(report.contains(advice) && report.contains("Матни нав") && report.contains("advice.yaml"), report);
    }

    @Test
    void badOptionsExitWithUsage() {
        assertEquals(2, Run.of("translations").exitCode());
        Run r = Run.of("translations", "--review", "en", "--bundles", bundles.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--review: 'en' is not one of tg, ky, uz, ru"), r.err());
        r = Run.of("translations", "--apply", tmp.resolve("none.csv").toString(), "--bundles", bundles.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--lang: missing"), r.err());
    }

    @Test
    void aBundleKeepsItsOtherLinesAndGetsAMissingKeyAfterItsPredecessor() {
        BundleFile b = BundleFile.parse("# head\na=1\nlong=one \\\n  two\n\nc=3\n");
        assertEquals("one two", b.values().get("long"));
        assertEquals("# head\na=1\nlong=one two\n\nc=3\n", b.with(java.util.Map.of("long", "one two"), List.of("a", "long", "c")));
        assertEquals("# head\na=1\nb=\\ two\\n\nlong=one \\\n  two\n\nc=3\n",
                b.with(java.util.Map.of("b", " two\n"), List.of("a", "b", "long", "c")));
        assertEquals("# head\na=1\nlong=one \\\n  two\n\nc=3\n", b.with(java.util.Map.of(), List.of("a", "long", "c")));
    }

    @Test
    void theHelpNamesTheLanguages() {
        Run r = Run.of("translations", "--help");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("tg (Tajik), ky (Kyrgyz), uz (Uzbek), ru (Russian)"), r.out());
    }
}
