package org.corridor.law.parameter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.corridor.law.calendar.Deadline;
import org.corridor.law.money.Money;
import org.corridor.law.money.MoneyRange;

/**
 * Reads the parameter files: one YAML file per parameter under {@code corridor/law/}, one folder per
 * jurisdiction, the path giving the id ({@code ru/registration/deadline/tj.yaml} is
 * {@code ru.registration.deadline.tj}).
 */
public final class LawLoader {
    /** The classpath folder that holds the embedded law. */
    public static final String ROOT = "corridor/law";

    private static final Set<String> FILE_KEYS = Set.of("description", "description_ru", "unit", "reference", "values");
    /** A Cyrillic letter: what a Russian description cannot be without. */
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Set<String> VALUE_KEYS = Set.of("since", "value", "source", "assumption", "note");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private LawLoader() {
    }

    /** The bundled law, read on first use (the JVM's lazy class initialisation). */
    private static final class Embedded {
        static final Law INSTANCE = loadClasspath();
    }

    /** The law bundled with Corridor, read once. */
    public static Law embedded() {
        return Embedded.INSTANCE;
    }

    private static Law loadClasspath() {
        URL url = LawLoader.class.getClassLoader().getResource(ROOT);
        if (url == null) {
            throw new IllegalStateException("the embedded law folder " + ROOT + " is missing from the classpath");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return load(fs.getPath(ROOT));
                } catch (FileSystemAlreadyExistsException e) {
                    return load(FileSystems.getFileSystem(uri).getPath(ROOT)); // someone else's: leave it open
                }
            }
            return load(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot read the embedded law at " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads every {@code .yaml} file under {@code root}. */
    public static Law load(Path root) throws IOException {
        List<Parameter> parameters = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                String id = relative.substring(0, relative.length() - ".yaml".length()).replace('/', '.');
                try (InputStream in = Files.newInputStream(file)) {
                    parameters.add(parse(id, relative, YAML.readTree(in)));
                } catch (com.fasterxml.jackson.core.JacksonException e) {
                    throw new LawFileException(relative, "yaml", e.getOriginalMessage());
                }
            }
        }
        return new Law(parameters);
    }

    static Parameter parse(String id, String file, JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new LawFileException(file, "(file)", "expected a mapping with description, description_ru, unit, values");
        }
        rejectUnknownKeys(file, "(file)", root, FILE_KEYS);
        String description = requiredText(file, "description", root);
        String russian = russianDescription(file, root);
        String unitKey = requiredText(file, "unit", root);
        Unit unit = Unit.parse(unitKey).orElseThrow(() -> new LawFileException(file, "unit", "unknown unit '" + unitKey + "'"));
        String reference = root.path("reference").asText("");
        JsonNode values = root.get("values");
        if (values == null || !values.isArray() || values.isEmpty()) {
            throw new LawFileException(file, "values", "expected a non-empty list of dated values");
        }
        List<DatedValue> dated = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            dated.add(parseValue(file, "values[" + i + "]", unit, values.get(i)));
        }
        try {
            return new Parameter(id, new Description(description, russian), unit, reference, dated);
        } catch (IllegalArgumentException e) {
            throw new LawFileException(file, "values", e.getMessage());
        }
    }

    /**
     * Every parameter says what it is in Russian too ({@code description_ru}), since the corridor's
     * readers read the law in Russian: a file without one is refused, so that no parameter is added
     * in English alone.
     */
    private static String russianDescription(String file, JsonNode root) {
        JsonNode v = root.get("description_ru");
        if (v == null || v.isNull() || v.isTextual() && v.asText().isBlank()) {
            throw new LawFileException(file, "description_ru", "missing: every parameter needs its description in Russian as well as in English");
        }
        if (!v.isTextual() || !CYRILLIC.matcher(v.asText()).find()) {
            throw new LawFileException(file, "description_ru", "not Russian text (a text with Cyrillic letters): " + v);
        }
        return v.asText();
    }

    private static DatedValue parseValue(String file, String field, Unit unit, JsonNode node) {
        if (!node.isObject()) {
            throw new LawFileException(file, field, "expected a mapping with since, value, source");
        }
        rejectUnknownKeys(file, field, node, VALUE_KEYS);
        LocalDate since;
        try {
            since = LocalDate.parse(requiredText(file, field + ".since", node));
        } catch (DateTimeParseException e) {
            throw new LawFileException(file, field + ".since", "not an ISO date: " + node.get("since").asText());
        }
        String source = requiredText(file, field + ".source", node);
        boolean assumption = node.path("assumption").asBoolean(false);
        String note = node.path("note").asText("");
        if (assumption && note.isBlank()) {
            throw new LawFileException(file, field + ".note", "an assumption must say why in a note");
        }
        JsonNode raw = node.get("value");
        if (raw == null || raw.isNull()) {
            throw new LawFileException(file, field + ".value", "missing");
        }
        try {
            return new DatedValue(since, convert(unit, raw), source, assumption, note);
        } catch (IllegalArgumentException e) {
            throw new LawFileException(file, field + ".value", e.getMessage());
        }
    }

    /** Reads a value given in a file's form (a number, text, a mapping...) as the unit's Java type. */
    public static Object readValue(Unit unit, JsonNode raw) {
        return convert(unit, raw);
    }

    private static Object convert(Unit unit, JsonNode raw) {
        if (raw.isTextual() && DatedValue.NOT_IN_FORCE.equals(raw.asText())) {
            return DatedValue.NOT_IN_FORCE;
        }
        if (unit.isCurrency()) {
            if (DatedValue.NOT_QUANTIFIED.equals(raw.asText())) {
                return DatedValue.NOT_QUANTIFIED;
            }
            Currency currency = Currency.getInstance(unit.key());
            if (raw.isObject()) {
                return new MoneyRange(decimal(raw.get("min")), decimal(raw.get("max")), currency);
            }
            return new Money(decimal(raw), currency);
        }
        return switch (unit) {
            case DAYS, MONTHS, YEARS, COUNT -> {
                if (!raw.canConvertToInt() || !raw.isIntegralNumber()) {
                    throw new IllegalArgumentException("expected a whole number, got " + raw);
                }
                yield raw.intValue();
            }
            case BOOLEAN -> {
                if (!raw.isBoolean()) {
                    throw new IllegalArgumentException("expected true or false, got " + raw);
                }
                yield raw.booleanValue();
            }
            case TEXT -> raw.asText();
            case TEXT_LIST -> textList(raw);
            case DEADLINE -> DatedValue.NOT_REQUIRED.equals(raw.asText()) ? DatedValue.NOT_REQUIRED : Deadline.parse(raw.asText());
            case BAN_SCALE -> banScale(raw);
            case STAY_LIMIT -> stayLimit(raw);
            case HOLIDAYS -> holidays(raw);
            case DATE -> date(raw);
            case DATE_LIST -> dates(raw);
            default -> throw new IllegalArgumentException("unit " + unit.key() + " has no reader");
        };
    }

    private static BigDecimal decimal(JsonNode node) {
        if (node == null || !node.isNumber()) {
            throw new IllegalArgumentException("expected a number, got " + node);
        }
        return node.decimalValue();
    }

    private static List<String> textList(JsonNode raw) {
        if (!raw.isArray()) {
            throw new IllegalArgumentException("expected a list of texts");
        }
        List<String> items = new ArrayList<>();
        raw.forEach(n -> items.add(n.asText()));
        return Collections.unmodifiableList(items);
    }

    private static List<BanStep> banScale(JsonNode raw) {
        if (!raw.isArray() || raw.isEmpty()) {
            throw new IllegalArgumentException("expected a list of {over_days, years} or {over_days, months} steps");
        }
        List<BanStep> steps = new ArrayList<>();
        for (JsonNode step : raw) {
            boolean years = step.path("years").isIntegralNumber();
            boolean months = step.path("months").isIntegralNumber();
            if (!step.path("over_days").isIntegralNumber() || years == months) {
                throw new IllegalArgumentException("each step needs whole-number over_days and either years or months, got " + step);
            }
            int length = years ? step.get("years").intValue() * 12 : step.get("months").intValue();
            BanStep s = new BanStep(step.get("over_days").intValue(), length);
            if (!steps.isEmpty() && s.overDays() <= steps.get(steps.size() - 1).overDays()) {
                throw new IllegalArgumentException("steps must be in increasing over_days order");
            }
            steps.add(s);
        }
        return List.copyOf(steps);
    }

    /** Reads {@code {days: 90, per: calendar year, in_a_row: 90}}; see {@link StayLimit}. */
    private static StayLimit stayLimit(JsonNode raw) {
        if (!raw.isObject() || !raw.path("days").isIntegralNumber() || !raw.path("per").isTextual()) {
            throw new IllegalArgumentException("expected {days: N, per: entry | N days | calendar year[, in_a_row: N]}, got " + raw);
        }
        for (Iterator<String> it = raw.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!Set.of("days", "per", "in_a_row").contains(key)) {
                throw new IllegalArgumentException("unknown key '" + key + "' in a stay limit (allowed: days, in_a_row, per)");
            }
        }
        JsonNode row = raw.path("in_a_row");
        if (!row.isMissingNode() && !row.isIntegralNumber()) {
            throw new IllegalArgumentException("in_a_row must be a whole number of days, got " + row);
        }
        return StayLimit.parse(raw.get("days").intValue(), raw.get("per").asText(), row.isMissingNode() ? 0 : row.intValue());
    }

    private static LocalDate date(JsonNode raw) {
        try {
            return LocalDate.parse(raw.asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a YYYY-MM-DD date: " + raw.asText());
        }
    }

    /** Reads a list of ISO dates, in increasing order. */
    private static List<LocalDate> dates(JsonNode raw) {
        if (!raw.isArray()) {
            throw new IllegalArgumentException("expected a list of YYYY-MM-DD dates");
        }
        List<LocalDate> days = new ArrayList<>();
        for (JsonNode n : raw) {
            LocalDate d;
            try {
                d = LocalDate.parse(n.asText());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a YYYY-MM-DD date: " + n.asText());
            }
            if (!days.isEmpty() && !d.isAfter(days.get(days.size() - 1))) {
                throw new IllegalArgumentException("dates must be in increasing order: " + d + " after " + days.get(days.size() - 1));
            }
            days.add(d);
        }
        return List.copyOf(days);
    }

    /** Reads "MM-DD" dates and "MM-DD..MM-DD" ranges within one month. */
    private static Set<MonthDay> holidays(JsonNode raw) {
        if (!raw.isArray()) {
            throw new IllegalArgumentException("expected a list of MM-DD dates or MM-DD..MM-DD ranges");
        }
        Set<MonthDay> days = new LinkedHashSet<>();
        for (JsonNode n : raw) {
            String text = n.asText();
            try {
                if (text.contains("..")) {
                    MonthDay from = MonthDay.parse("--" + text.substring(0, text.indexOf("..")));
                    MonthDay to = MonthDay.parse("--" + text.substring(text.indexOf("..") + 2));
                    if (from.getMonth() != to.getMonth() || from.isAfter(to)) {
                        throw new IllegalArgumentException("a holiday range must lie within one month: " + text);
                    }
                    for (int d = from.getDayOfMonth(); d <= to.getDayOfMonth(); d++) {
                        days.add(MonthDay.of(from.getMonth(), d));
                    }
                } else {
                    days.add(MonthDay.parse("--" + text));
                }
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a MM-DD date: " + text);
            }
        }
        return Set.copyOf(days);
    }

    private static String requiredText(String file, String field, JsonNode node) {
        String key = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
        JsonNode v = node.get(key);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            throw new LawFileException(file, field, "missing");
        }
        return v.asText();
    }

    private static void rejectUnknownKeys(String file, String field, JsonNode node, Set<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw new LawFileException(file, field, "unknown key '" + key + "' (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }
}
