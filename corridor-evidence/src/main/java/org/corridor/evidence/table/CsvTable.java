package org.corridor.evidence.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.sim.yaml.InputError;

/**
 * A CSV file with a header, read into rows that remember their line, so that every complaint about
 * a value names the file, the line and the column.
 */
public final class CsvTable {
    private static final CsvMapper MAPPER = new CsvMapper();

    private final String file;
    private final List<Row> rows;

    private CsvTable(String file, List<Row> rows) {
        this.file = file;
        this.rows = rows;
    }

    /** One row: its line in the file and its cells by column name. */
    public record Row(String file, int line, Map<String, String> cells) {
        /** A cell that must not be blank. */
        public String text(String column) {
            String v = cells.getOrDefault(column, "").trim();
            if (v.isEmpty()) {
                throw error(column, "is empty");
            }
            return v;
        }

        /** A cell that may be blank (then ""). */
        public String optionalText(String column) {
            return cells.getOrDefault(column, "").trim();
        }

        public double number(String column) {
            return parse(column, text(column));
        }

        /** A number, or NaN when the cell is blank. */
        public double optionalNumber(String column) {
            String v = optionalText(column);
            return v.isEmpty() ? Double.NaN : parse(column, v);
        }

        public int year(String column) {
            String v = text(column);
            if (!v.matches("\\d{4}")) {
                throw error(column, "expected a year YYYY, got '" + v + "'");
            }
            return Integer.parseInt(v);
        }

        public InputError error(String column, String problem) {
            return new InputError(file, line, column, problem);
        }

        private double parse(String column, String v) {
            try {
                double d = Double.parseDouble(v);
                if (!Double.isFinite(d)) {
                    throw error(column, "expected a finite number, got '" + v + "'");
                }
                return d;
            } catch (NumberFormatException e) {
                throw error(column, "expected a number, got '" + v + "'");
            }
        }
    }

    public String file() {
        return file;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Reads a bundled table from the class path. */
    public static CsvTable resource(String name, List<String> requiredColumns) {
        try (InputStream in = CsvTable.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled table " + name);
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), requiredColumns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses CSV text; the header must hold every required column and no column twice. */
    public static CsvTable parse(String file, String text, List<String> requiredColumns) {
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnReordering(false);
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = MAPPER.readerForMapOf(String.class).with(schema)
                .with(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS).readValues(text)) {
            CsvParser parser = (CsvParser) it.getParser();
            boolean headerChecked = false;
            while (it.hasNextValue()) {
                int line = (int) parser.currentLocation().getLineNr();
                Map<String, String> cells = it.nextValue();
                if (!headerChecked) {
                    checkHeader(file, parser.getSchema(), requiredColumns);
                    headerChecked = true;
                }
                rows.add(new Row(file, line, new LinkedHashMap<>(cells)));
            }
            if (!headerChecked) {
                checkHeader(file, parser.getSchema(), requiredColumns);
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputError(file, line, "", "malformed CSV: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CsvTable(file, rows);
    }

    private static void checkHeader(String file, CsvSchema header, List<String> required) {
        List<String> names = new ArrayList<>();
        header.forEach(c -> names.add(c.getName()));
        for (String column : required) {
            if (!names.contains(column)) {
                throw new InputError(file, 1, column, "missing column (the header has " + names + ")");
            }
        }
    }
}
