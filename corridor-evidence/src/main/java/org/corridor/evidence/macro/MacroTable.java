package org.corridor.evidence.macro;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.corridor.evidence.table.CsvTable;

/**
 * A macro input by country and year (GDP in dollars, population, official remittance statistics),
 * each row naming its statistical source and, when it is not a published figure, why it was assumed.
 * A table may hold several indicators in an {@code indicator} column.
 */
public final class MacroTable {
    static final List<String> COLUMNS = List.of("country", "year", "value", "unit", "source", "assumption");

    /** One value. */
    public record Entry(String indicator, String country, int year, double value, String unit, String source, String assumption) {
        public boolean assumed() {
            return !assumption.isEmpty();
        }
    }

    private final String file;
    private final Map<String, Entry> entries;

    private MacroTable(String file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** A bundled table under {@code corridor/evidence/macro/}. */
    public static MacroTable embedded(String name) {
        return of(CsvTable.resource("corridor/evidence/macro/" + name, COLUMNS));
    }

    public static MacroTable of(CsvTable table) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Entry e = new Entry(row.optionalText("indicator"), row.text("country"), row.year("year"), row.number("value"), row.text("unit"), row.text("source"),
                    row.optionalText("assumption"));
            if (entries.put(key(e.indicator(), e.country(), e.year()), e) != null) {
                throw row.error("year", (e.indicator() + " " + e.country()).trim() + " " + e.year() + " is listed twice");
            }
        }
        return new MacroTable(table.file(), Collections.unmodifiableMap(entries));
    }

    public String file() {
        return file;
    }

    /** The value of a table with one indicator (no {@code indicator} column). */
    public OptionalDouble value(String country, int year) {
        return value("", country, year);
    }

    public OptionalDouble value(String indicator, String country, int year) {
        Entry e = entries.get(key(indicator, country, year));
        return e == null ? OptionalDouble.empty() : OptionalDouble.of(e.value());
    }

    public Entry entry(String indicator, String country, int year) {
        return entries.get(key(indicator, country, year));
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    private static String key(String indicator, String country, int year) {
        return indicator + ":" + country + ":" + year;
    }
}
