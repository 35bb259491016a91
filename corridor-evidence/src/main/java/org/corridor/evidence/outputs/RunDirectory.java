package org.corridor.evidence.outputs;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import org.corridor.sim.output.CsvTables;
import org.corridor.sim.output.HouseholdMeasure;
import org.corridor.sim.output.Measure;
import org.corridor.sim.world.Origin;
import org.corridor.sim.world.Place;
import org.corridor.sim.yaml.InputError;

/**
 * Reads a run directory written by {@code corridor simulate} back into a {@link YearTable}. The
 * tables there are already full-population estimates, so nothing is divided here. A directory from
 * another version (other columns) is refused rather than misread.
 */
public final class RunDirectory {
    public static final String SERIES = "series.csv";
    public static final String HOUSEHOLDS = "households.csv";

    private RunDirectory() {
    }

    public static YearTable read(Path dir) throws IOException {
        Path series = dir.resolve(SERIES);
        Path households = dir.resolve(HOUSEHOLDS);
        for (Path p : new Path[] {series, households}) {
            if (!Files.isRegularFile(p)) {
                throw new NoSuchFileException(p.toString(), null, "not a run directory of corridor simulate (no " + p.getFileName() + ")");
            }
        }
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        try (BufferedReader r = Files.newBufferedReader(households, StandardCharsets.UTF_8)) {
            header(r, households, CsvTables.HOUSEHOLDS_HEADER);
            int lineNo = 1;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int year = month(households, ++lineNo, line.split(",", 2)[0]).getYear();
                first = Math.min(first, year);
                last = Math.max(last, year);
            }
        }
        if (first > last) {
            throw new InputError(households.toString(), 2, "", "the table has no rows");
        }
        YearTable table = new YearTable(first, last);
        readSeries(series, table, readHouseholds(households, table));
        return table;
    }

    private static Set<String> readHouseholds(Path file, YearTable table) throws IOException {
        Set<String> months = new HashSet<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            header(r, file, CsvTables.HOUSEHOLDS_HEADER);
            int lineNo = 1;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                String[] f = columns(file, lineNo, line, CsvTables.HOUSEHOLDS_HEADER);
                YearMonth month = month(file, lineNo, f[0]);
                if (months.add(f[0])) {
                    table.countMonth(month);
                }
                Origin origin = origin(file, lineNo, f[1]);
                for (HouseholdMeasure m : HouseholdMeasure.ALL) {
                    table.addHouseholds(month.getYear(), origin, m, number(file, lineNo, m.column(), f[2 + m.ordinal()]));
                }
            }
        }
        return months;
    }

    private static void readSeries(Path file, YearTable table, Set<String> householdMonths) throws IOException {
        Set<String> months = new HashSet<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            header(r, file, CsvTables.SERIES_HEADER);
            int lineNo = 1;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                String[] f = columns(file, lineNo, line, CsvTables.SERIES_HEADER);
                YearMonth month = month(file, lineNo, f[0]);
                if (!householdMonths.contains(f[0])) {
                    throw new InputError(file.toString(), lineNo, "month", f[0] + " is not a month of " + HOUSEHOLDS);
                }
                months.add(f[0]);
                Origin origin = origin(file, lineNo, f[1]);
                Place place = destination(file, lineNo, f[2]);
                int sex = "F".equals(f[3]) ? 1 : 0;
                for (Measure m : Measure.ALL) {
                    table.addPeople(month, origin, place, sex, m, number(file, lineNo, m.column(), f[5 + m.ordinal()]));
                }
            }
        }
        if (!months.equals(householdMonths)) {
            throw new InputError(file.toString(), 0, "month", "has " + months.size() + " months against " + householdMonths.size() + " in "
                    + HOUSEHOLDS + " (a truncated file?)");
        }
    }

    private static String[] columns(Path file, int line, String text, String header) {
        String[] f = text.split(",", -1);
        int expected = header.split(",", -1).length;
        if (f.length != expected) {
            throw new InputError(file.toString(), line, "", "expected " + expected + " columns, got " + f.length);
        }
        return f;
    }

    static YearMonth month(Path file, int line, String month) {
        if (!month.matches("\\d{4}-(0[1-9]|1[0-2])")) {
            throw new InputError(file.toString(), line, "month", "not a month: '" + month + "'");
        }
        return YearMonth.parse(month);
    }

    static Place destination(Path file, int line, String text) {
        for (Place p : Place.DESTINATIONS) {
            if (p.name().equals(text)) {
                return p;
            }
        }
        throw new InputError(file.toString(), line, "destination", "unknown destination '" + text + "'");
    }

    private static void header(BufferedReader r, Path file, String expected) throws IOException {
        String header = r.readLine();
        if (!expected.equals(header)) {
            throw new InputError(file.toString(), 1, "", "the header is not this version's (a run from another version of Corridor?)");
        }
    }

    static Origin origin(Path file, int line, String text) {
        try {
            return Origin.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new InputError(file.toString(), line, "origin", "unknown origin '" + text + "'");
        }
    }

    private static double number(Path file, int line, String column, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new InputError(file.toString(), line, column, "not a number: '" + text + "'");
        }
    }
}
