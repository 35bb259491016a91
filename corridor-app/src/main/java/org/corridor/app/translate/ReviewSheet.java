package org.corridor.app.translate;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The review sheet of one language: a CSV (RFC 4180, UTF-8, CRLF) to fill in with a spreadsheet and
 * read back by {@code corridor translations --apply}, and the same rows as a printable HTML page.
 */
final class ReviewSheet {
    static final String KEY = "key";
    static final String EN = "en";
    static final String RU = "ru";
    static final String GLOSSARY = "glossary";
    static final String GLOSSARY_SOURCES = "glossary_sources";
    static final String PLACEHOLDERS = "placeholders";
    static final String VERDICT = "verdict";
    static final String CORRECTION = "correction";
    /** The column of the translation under review: {@code translation_uz}. */
    static final String TRANSLATION_PREFIX = "translation_";

    static final Map<String, String> LANGUAGE_NAMES = Map.of("tg", "Tajik (тоҷикӣ)", "ky", "Kyrgyz (кыргызча)", "uz", "Uzbek (oʻzbekcha)",
            "ru", "Russian (русский)");

    static List<String> columns(String language) {
        return List.of(KEY, EN, RU, TRANSLATION_PREFIX + language, GLOSSARY, GLOSSARY_SOURCES, PLACEHOLDERS, VERDICT, CORRECTION);
    }

    static String csvName(String language) {
        return "review-" + language + ".csv";
    }

    static String htmlName(String language) {
        return "review-" + language + ".html";
    }

    record Row(ReviewTexts.Text text, List<ReviewTerms.Use> terms) {
        List<String> cells() {
            return List.of(text.key(), text.en(), text.ru(), text.translation(),
                    terms.stream().map(ReviewTerms.Use::shown).collect(Collectors.joining("\n")),
                    terms.stream().map(ReviewTerms.Use::sourceShown).collect(Collectors.joining("\n")),
                    Placeholders.list(text.placeholders()), "", "");
        }
    }

    static List<Row> rows(ReviewTexts texts, ReviewTerms glossary) {
        List<Row> rows = new ArrayList<>();
        for (ReviewTexts.Text t : texts.all()) {
            rows.add(new Row(t, glossary.find(t.en() + "\n" + t.ru())));
        }
        return rows;
    }

    static void writeCsv(Path file, String language, List<Row> rows) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder();
        columns(language).forEach(schema::addColumn);
        CsvMapper mapper = new CsvMapper();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                SequenceWriter out = mapper.writerFor(List.class).with(schema.build().withHeader().withLineSeparator("\r\n")).writeValues(w)) {
            for (Row r : rows) {
                out.write(r.cells());
            }
        }
    }

    static void writeHtml(Path file, String language, List<Row> rows, List<String> notes) throws IOException {
        String name = LANGUAGE_NAMES.getOrDefault(language, language);
        StringBuilder h = new StringBuilder(rows.size() * 600);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Corridor: review of the ").append(esc(name)).append(" texts</title>\n<style>\n")
                .append("body{font-family:system-ui,\"Noto Sans\",Arial,sans-serif;font-size:11pt;margin:1em;color:#000}\n")
                .append("table{border-collapse:collapse;width:100%;table-layout:fixed}\n")
                .append("th,td{border:1px solid #555;padding:3px 5px;vertical-align:top;text-align:left;overflow-wrap:anywhere;white-space:pre-wrap}\n")
                .append("th{background:#eee}\nthead{display:table-header-group}\ntr{break-inside:avoid;page-break-inside:avoid}\n")
                .append("td.key,td.ph{font-family:ui-monospace,Consolas,monospace;font-size:9pt}\ntd.gl{font-size:9pt}\n")
                .append("td.fill{min-width:6em;height:3.5em}\n")
                .append("col.key{width:11%}col.en,col.ru,col.tr{width:17%}col.gl{width:12%}col.ph{width:5%}col.verdict{width:6%}col.fix{width:15%}\n")
                .append("@page{size:A4 landscape;margin:12mm}\n")
                .append("@media print{body{margin:0;font-size:9pt}.notes{font-size:8pt}a{color:#000;text-decoration:none}}\n")
                .append("</style>\n</head>\n<body>\n")
                .append("<h1>Corridor: review of the ").append(esc(name)).append(" texts</h1>\n<div class=\"notes\">\n")
                .append("<p>One row per text of the Corridor planner: the English and Russian originals, the ").append(esc(name))
                .append(" translation, the legal terms of the glossary it uses (with their sources) and its placeholders. ")
                .append("In <b>verdict</b> write OK, or FIX with the corrected text in <b>correction</b>. ")
                .append("A correction must keep every placeholder such as {0} exactly as in the English text.")
                .append(language.equals("uz") ? " Write oʻ, gʻ with ʻ and the tutuq belgisi with ʼ, not with the ASCII apostrophe '." : "")
                .append("</p>\n<p>").append(rows.size()).append(" texts. The same rows are in ").append(esc(csvName(language)))
                .append(", which a spreadsheet can fill in and <code>corridor translations --apply</code> reads back.</p>\n");
        for (String n : notes) {
            h.append("<p>Note: ").append(esc(n)).append("</p>\n");
        }
        h.append("</div>\n<table>\n<colgroup><col class=\"key\"><col class=\"en\"><col class=\"ru\"><col class=\"tr\"><col class=\"gl\"><col class=\"gl\">")
                .append("<col class=\"ph\"><col class=\"verdict\"><col class=\"fix\"></colgroup>\n<thead><tr>")
                .append("<th>key</th><th>English</th><th>Russian</th><th>").append(esc(name)).append("</th><th>glossary terms</th>")
                .append("<th>their sources</th><th>placeholders</th><th>verdict</th><th>correction</th></tr></thead>\n<tbody>\n");
        for (Row r : rows) {
            List<String> c = r.cells();
            h.append("<tr id=\"").append(esc(r.text().key())).append("\"><td class=\"key\">").append(esc(c.get(0)))
                    .append("</td><td lang=\"en\">").append(esc(c.get(1)))
                    .append("</td><td lang=\"ru\">").append(esc(c.get(2)))
                    .append("</td><td lang=\"").append(language).append("\">").append(esc(c.get(3)))
                    .append("</td><td class=\"gl\">").append(esc(c.get(4)))
                    .append("</td><td class=\"gl\">").append(esc(c.get(5)))
                    .append("</td><td class=\"ph\">").append(esc(c.get(6)))
                    .append("</td><td class=\"fill\"></td><td class=\"fill\"></td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</body>\n</html>\n");
        Files.writeString(file, h, StandardCharsets.UTF_8);
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
