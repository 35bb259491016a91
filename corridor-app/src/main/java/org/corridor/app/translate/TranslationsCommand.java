package org.corridor.app.translate;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corridor.app.cli.OptionChecks;
import org.corridor.app.simulate.OutputDirectory;
import org.corridor.law.advice.AdviceBook;
import org.corridor.law.parameter.LawLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code corridor translations}: the review of the interface's texts in one language by native
 * speakers, through a sheet ({@link ReviewSheet}) written by {@code --review} and read back by
 * {@code --apply} ({@link Corrections}), whose corrections go into the language's message bundle.
 * The advice's and the law's texts are corrected in their own files by hand: {@code --apply} lists
 * them in a report. Every file is written whole or not at all.
 */
@Command(name = "translations",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Review the translations of the interface's texts with native speakers.",
            "--review LANG writes a sheet of every text (the message bundles' keys, the advice's texts as advice:ID:FIELD and",
            "the law explorer's descriptions as law:PARAMETER) with the English, the Russian and the LANG text, the glossary's",
            "legal terms it uses with their sources, its placeholders, and empty verdict and correction columns: review-LANG.csv",
            "(for a spreadsheet) and review-LANG.html (to print).",
            "--apply FILE --lang LANG reads a reviewed sheet back and writes its corrections into messages_LANG.properties;",
            "corrections of advice and law texts are listed in a report to carry into their files, not written there.",
            "LANG is one of: tg (Tajik), ky (Kyrgyz), uz (Uzbek), ru (Russian)."},
        footer = {"", "Examples:", "  corridor translations --review uz --out review-uz",
            "  corridor translations --apply review-uz/review-uz.csv --lang uz"})
public final class TranslationsCommand implements Callable<Integer> {
    /** The languages a sheet is made for. */
    static final List<String> LANGUAGES = List.of("tg", "ky", "uz", "ru");
    /** Where the bundles are in a Corridor checkout, from its root. */
    static final Path DEFAULT_BUNDLES = Path.of("corridor-app", "src", "main", "resources", "org", "corridor", "app", "text");
    private static final String CLASSPATH_BUNDLES = "org/corridor/app/text/";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--review", paramLabel = "LANG", description = "write the review sheet of LANG: tg, ky, uz or ru")
    String review;

    @Option(names = "--out", paramLabel = "DIR", description = "with --review: the directory to create, new or empty (default: review-LANG)")
    Path out;

    @Option(names = "--apply", paramLabel = "FILE", description = "read a reviewed sheet (CSV) and write its corrections; needs --lang")
    Path apply;

    @Option(names = "--lang", paramLabel = "LANG", description = "with --apply: the language of the sheet and of the bundle to correct: tg, ky, uz or ru")
    String lang;

    @Option(names = "--bundles", paramLabel = "DIR",
            description = "the folder of messages*.properties (default: corridor-app/src/main/resources/org/corridor/app/text, "
                    + "from the root of a Corridor checkout); --review reads the built-in texts when it does not exist")
    Path bundles;

    @Option(names = "--report", paramLabel = "FILE",
            description = "with --apply: where to list the advice and law corrections and what was undone (default: FILE with .report.csv for .csv)")
    Path report;

    @Override
    public Integer call() throws IOException {
        OptionChecks check = new OptionChecks(spec);
        if ((review == null) == (apply == null)) {
            throw check.bad("--review/--apply", "give one of --review LANG or --apply FILE --lang LANG");
        }
        return review != null ? review(check) : apply(check);
    }

    private static String language(OptionChecks check, String option, String value) {
        if (value == null) {
            throw check.bad(option, "missing: give the language, one of " + String.join(", ", LANGUAGES));
        }
        if (!LANGUAGES.contains(value)) {
            throw check.bad(option, "'" + value + "' is not one of " + String.join(", ", LANGUAGES) + " (the English texts are the originals)");
        }
        return value;
    }

    private int review(OptionChecks check) throws IOException {
        String language = language(check, "--review", review);
        if (lang != null && !lang.equals(language)) {
            throw check.bad("--lang", "'" + lang + "' differs from --review " + language + "; --lang is for --apply");
        }
        if (report != null) {
            throw check.bad("--report", "is for --apply");
        }
        Path destination = out != null ? out : Path.of("review-" + language);
        check.writableOutput("--out", destination);
        Path dir = bundles != null ? bundles : DEFAULT_BUNDLES;
        if (bundles != null && !Files.isDirectory(bundles)) {
            throw check.bad("--bundles", bundles + " is not a directory");
        }
        boolean fromFiles = Files.isDirectory(dir);
        ReviewTexts texts = texts(check, language, fromFiles ? dir : null);
        ReviewTerms glossary = ReviewTerms.of(language);
        List<ReviewSheet.Row> rows = ReviewSheet.rows(texts, glossary);
        try (OutputDirectory written = OutputDirectory.open(destination)) {
            ReviewSheet.writeCsv(written.path(ReviewSheet.csvName(language)), language, rows);
            ReviewSheet.writeHtml(written.path(ReviewSheet.htmlName(language)), language, rows, glossary.notes());
            written.commit();
        }
        PrintWriter o = spec.commandLine().getOut();
        long untranslated = rows.stream().filter(r -> r.text().translation().isEmpty()).count();
        o.println("Review sheet of " + ReviewSheet.LANGUAGE_NAMES.get(language) + ": " + rows.size() + " texts ("
                + rows.stream().filter(r -> r.text().kind() == ReviewTexts.Kind.BUNDLE).count() + " interface, "
                + rows.stream().filter(r -> r.text().kind() == ReviewTexts.Kind.ADVICE).count() + " advice, "
                + rows.stream().filter(r -> r.text().kind() == ReviewTexts.Kind.LAW).count() + " law), " + untranslated + " without a " + language + " text");
        o.println("  texts read from " + (fromFiles ? dir : "the built-in bundles (no " + dir + " here)"));
        glossary.notes().forEach(n -> o.println("  " + n));
        o.println("  " + destination.resolve(ReviewSheet.csvName(language)) + "  (fill in verdict and correction, then: corridor translations --apply FILE --lang "
                + language + ")");
        o.println("  " + destination.resolve(ReviewSheet.htmlName(language)) + "  (to print)");
        o.flush();
        return CommandLine.ExitCode.OK;
    }

    private int apply(OptionChecks check) throws IOException {
        String language = language(check, "--lang", lang);
        if (out != null) {
            throw check.bad("--out", "is for --review; --apply writes into the bundle (and --report)");
        }
        Path dir = bundles != null ? bundles : DEFAULT_BUNDLES;
        if (!Files.isDirectory(dir)) {
            throw check.bad("--bundles", dir + " is not a directory: run from the root of a Corridor checkout or give --bundles DIR");
        }
        Path target = dir.resolve(bundleName(language));
        if (!Files.isRegularFile(target)) {
            throw check.bad("--bundles", dir + " has no " + bundleName(language));
        }
        byte[] sheet;
        try {
            sheet = Files.readAllBytes(apply);
        } catch (NoSuchFileException e) {
            throw check.bad("--apply", apply + " does not exist");
        } catch (IOException e) {
            throw check.bad("--apply", apply + " cannot be read: " + e.getMessage());
        }
        ReviewTexts texts = texts(check, language, dir);
        Corrections read;
        try {
            read = Corrections.read(apply.toString(), sheet, texts);
        } catch (Corrections.Refused e) {
            throw check.bad("--apply", e.getMessage());
        }
        Map<String, String> bundleChanges = new LinkedHashMap<>();
        List<Corrections.Correction> elsewhere = read.corrections().stream().filter(c -> c.text().kind() != ReviewTexts.Kind.BUNDLE).toList();
        for (Corrections.Correction c : read.corrections()) {
            if (c.text().kind() == ReviewTexts.Kind.BUNDLE) {
                bundleChanges.put(c.text().key(), c.correction());
            }
        }
        Path reportFile = report != null ? report : defaultReport(apply);
        if (!elsewhere.isEmpty() || !read.notes().isEmpty()) {
            writeAtomically(reportFile, w -> writeReport(w, elsewhere, read.notes()));
        }
        if (!bundleChanges.isEmpty()) {
            String before = Files.readString(target, StandardCharsets.UTF_8);
            String after = BundleFile.parse(before).with(bundleChanges, texts.bundleOrder());
            writeAtomically(target, w -> w.write(after));
        }
        PrintWriter o = spec.commandLine().getOut();
        read.notes().forEach(n -> o.println("note: " + n));
        o.println(bundleChanges.size() + " correction" + (bundleChanges.size() == 1 ? "" : "s") + " written into " + target
                + (bundleChanges.isEmpty() ? " (left as it was)" : ""));
        for (Corrections.Correction c : read.corrections()) {
            if (c.text().kind() == ReviewTexts.Kind.BUNDLE) {
                o.println("  row " + c.row() + ": " + c.text().key());
            }
        }
        if (!elsewhere.isEmpty()) {
            o.println(elsewhere.size() + " correction" + (elsewhere.size() == 1 ? "" : "s")
                    + " of advice or law texts NOT written into their files; carry them over by hand from " + reportFile + ":");
            for (Corrections.Correction c : elsewhere) {
                o.println("  row " + c.row() + ": " + c.text().key() + "  ->  " + c.text().where());
            }
        } else if (!read.notes().isEmpty()) {
            o.println("what was undone in the sheet: " + reportFile);
        }
        o.flush();
        return CommandLine.ExitCode.OK;
    }

    static Path defaultReport(Path sheet) {
        String name = sheet.getFileName().toString();
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return sheet.resolveSibling(base + ".report.csv");
    }

    private static void writeReport(Writer w, List<Corrections.Correction> elsewhere, List<String> notes) throws IOException {
        CsvSchema schema = CsvSchema.builder().addColumn("row").addColumn("key").addColumn("where").addColumn("en").addColumn("current")
                .addColumn("correction").build().withHeader().withLineSeparator("\r\n");
        try (SequenceWriter s = new CsvMapper().writerFor(List.class).with(schema).writeValues(w)) {
            for (Corrections.Correction c : elsewhere) {
                s.write(List.of(String.valueOf(c.row()), c.text().key(), c.text().where(), c.text().en(), c.text().translation(), c.correction()));
            }
            for (String n : notes) {
                s.write(List.of("", "", "note", "", "", n));
            }
        }
    }

    interface Content {
        void write(Writer w) throws IOException;
    }

    /** Writes a file whole or not at all: into a temporary file beside it, then moved over it. */
    static void writeAtomically(Path file, Content content) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                content.write(w);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static String bundleName(String language) {
        return language.equals("en") ? "messages.properties" : "messages_" + language + ".properties";
    }

    /** The texts, with the bundles from a folder, or from the classpath when {@code dir} is null. */
    private static ReviewTexts texts(OptionChecks check, String language, Path dir) throws IOException {
        return ReviewTexts.of(language, bundle(check, dir, "en"), bundle(check, dir, "ru"), bundle(check, dir, language),
                AdviceBook.embedded(), LawLoader.embedded());
    }

    private static BundleFile bundle(OptionChecks check, Path dir, String language) throws IOException {
        String name = bundleName(language);
        String text;
        if (dir != null) {
            Path p = dir.resolve(name);
            if (!Files.isRegularFile(p)) {
                throw check.bad("--bundles", dir + " has no " + name);
            }
            text = Files.readString(p, StandardCharsets.UTF_8);
        } else {
            try (InputStream in = TranslationsCommand.class.getClassLoader().getResourceAsStream(CLASSPATH_BUNDLES + name)) {
                if (in == null) {
                    throw new IllegalStateException(name + " is missing from the classpath");
                }
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        try {
            return BundleFile.parse(text);
        } catch (IllegalArgumentException e) {
            throw check.bad("--bundles", name + ": " + e.getMessage());
        }
    }
}
