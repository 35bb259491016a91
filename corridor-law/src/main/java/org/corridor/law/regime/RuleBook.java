package org.corridor.law.regime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.corridor.law.calendar.HolidayCalendar;
import org.corridor.law.parameter.DatedValue;
import org.corridor.law.parameter.Law;
import org.corridor.law.parameter.Parameter;
import org.corridor.law.parameter.Unit;
import org.corridor.law.place.Citizenships;
import org.corridor.law.place.Country;
import org.corridor.law.place.Jurisdiction;

/**
 * The {@link Rules} for every jurisdiction and covered citizenship, precomputed for every period
 * between two parameter changes, so that looking up the law in force on a day is a binary search.
 *
 * <p>A key is looked up most specific file first: {@code ru.registration.deadline.tj} for a Tajik
 * citizen, then {@code ru.work.monthly_fee.mow} for Moscow, then {@code ru.fine.overstay.capitals}
 * for the group of regions Moscow belongs to, then {@code ru.registration.deadline}.
 * A more specific file that has no value yet on a day falls back to the general one, so an override
 * holds only the dates on which it differs. Every parameter of the law must be declared by a key with
 * its unit ({@link Declarations}); building the book fails otherwise. Immutable and thread-safe.
 */
public final class RuleBook {
    /** Before this day nothing in the corridor's law applies: the USSR dissolved in December 1991. */
    public static final LocalDate EPOCH = LocalDate.of(1991, 1, 1);

    /** The fixed-date public holidays that working-day deadlines skip. */
    public static final Key<Set<java.time.MonthDay>> HOLIDAYS = Key.holidays("calendar.holidays");
    /** Weekdays made days off by a decree moving days off (a bridge day, a holiday on a weekend moved). */
    public static final Key<List<LocalDate>> DAYS_OFF = Key.dates("calendar.days_off");
    /** Saturdays and Sundays made working days by the same decrees. */
    public static final Key<List<LocalDate>> WORKING_WEEKENDS = Key.dates("calendar.working_weekends");

    private final Law law;
    private final Declarations declarations;
    /** Indexed by jurisdiction ordinal, then by the citizenship's position in {@link Citizenships#COVERED}. */
    private final Periods[][] periods = new Periods[Jurisdiction.values().length][Citizenships.COVERED.size()];
    private final Map<Jurisdiction, HolidayCalendar> calendars = new EnumMap<>(Jurisdiction.class);
    private final int size;

    /** The periods of one jurisdiction and citizenship, with the first period of each year to narrow the search. */
    private static final class Periods {
        private static final int FIRST_YEAR = EPOCH.getYear();
        private final long[] starts;
        private final Rules[] rules;
        private final int[] firstOfYear;

        Periods(long[] starts, Rules[] rules) {
            this.starts = starts;
            this.rules = rules;
            this.firstOfYear = new int[2102 - FIRST_YEAR + 1];
            for (int y = 0; y < firstOfYear.length; y++) {
                firstOfYear[y] = find(LocalDate.of(FIRST_YEAR + y, 1, 1).toEpochDay(), 0, starts.length);
            }
        }

        Rules at(LocalDate day) {
            int y = day.getYear() - FIRST_YEAR;
            if (y < 0 || y + 1 >= firstOfYear.length) {
                return rules[find(day.toEpochDay(), 0, starts.length)];
            }
            return rules[find(day.toEpochDay(), firstOfYear[y], Math.min(starts.length, firstOfYear[y + 1] + 1))];
        }

        /** The index of the last period starting on or before {@code epochDay}, searching [from, to). */
        private int find(long epochDay, int from, int to) {
            int i = Arrays.binarySearch(starts, from, to, epochDay);
            return i >= 0 ? i : Math.max(0, -i - 2);
        }
    }

    public RuleBook(Law law, Declarations declarations) {
        this.law = law;
        this.declarations = declarations;
        checkDeclared(law, declarations);
        List<Key<?>> keys = declarations.keys().stream().filter(k -> !k.wholeHistory()).toList();
        int[] ids = {0};
        for (Jurisdiction j : Jurisdiction.values()) {
            calendars.put(j, calendar(j));
            for (Country c : Citizenships.COVERED) {
                // the files each key may come from for this pair, most specific first
                List<Parameter[]> candidates = new ArrayList<>(keys.size());
                for (Key<?> k : keys) {
                    candidates.add(candidates(j, c, k.path()));
                }
                // a period starts only where one of this pair's own parameters changes value
                NavigableSet<LocalDate> own = new TreeSet<>();
                own.add(EPOCH);
                for (Parameter[] ps : candidates) {
                    for (Parameter p : ps) {
                        own.addAll(p.changeDates());
                    }
                }
                List<LocalDate> days = new ArrayList<>(own.tailSet(EPOCH, true));
                List<Sourced<?>[]> values = new ArrayList<>(days.size());
                // consecutive days with identical values (a change elsewhere in the file) make one period
                List<LocalDate> periodStarts = new ArrayList<>(days.size());
                for (LocalDate day : days) {
                    Sourced<?>[] v = values(day, keys, candidates);
                    if (values.isEmpty() || !Arrays.equals(v, values.get(values.size() - 1))) {
                        values.add(v);
                        periodStarts.add(day);
                    }
                }
                Rules[] rules = new Rules[periodStarts.size()];
                long[] starts = new long[rules.length];
                for (int d = 0; d < rules.length; d++) {
                    long until = d + 1 < rules.length ? periodStarts.get(d + 1).toEpochDay() : Long.MAX_VALUE;
                    rules[d] = new Rules(ids[0]++, j, c, periodStarts.get(d), until, values.get(d));
                    starts[d] = periodStarts.get(d).toEpochDay();
                }
                periods[j.ordinal()][Citizenships.index(c)] = new Periods(starts, rules);
            }
        }
        this.size = ids[0];
    }

    public Law law() {
        return law;
    }

    public Declarations declarations() {
        return declarations;
    }

    /** How many {@link Rules} the book holds; their ids run from 0 to this, exclusive. */
    public int size() {
        return size;
    }

    /** The law in force on {@code day} for a citizen of {@code citizenship} in {@code jurisdiction}. */
    public Rules rules(Jurisdiction jurisdiction, Country citizenship, LocalDate day) {
        int c = Citizenships.index(citizenship);
        if (c < 0) {
            throw new IllegalArgumentException("citizenship " + citizenship + " is not covered; covered: " + Citizenships.COVERED);
        }
        return periods[jurisdiction.ordinal()][c].at(day.isBefore(EPOCH) ? EPOCH : day);
    }

    public HolidayCalendar holidays(Jurisdiction jurisdiction) {
        return calendars.get(jurisdiction);
    }

    /**
     * The parameter a key resolves to for a jurisdiction and citizenship on a day, with its value: the
     * file the basis of {@link Rules#get} names.
     */
    public Optional<Parameter> parameter(Jurisdiction j, Country c, Key<?> key, LocalDate day) {
        for (Parameter p : candidates(j, c, key.path())) {
            if (p.at(day).isPresent()) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Every parameter must be one a key declares, with a unit the key accepts. */
    private static void checkDeclared(Law law, Declarations declarations) {
        Set<String> suffixes = new HashSet<>();
        for (Country c : Citizenships.COVERED) {
            suffixes.add(c.key());
        }
        for (Jurisdiction j : Jurisdiction.values()) {
            if (j.regionKey() != null) {
                suffixes.add(j.regionKey());
            }
            suffixes.addAll(j.groupKeys());
        }
        Set<String> folders = new HashSet<>();
        for (Jurisdiction j : Jurisdiction.values()) {
            folders.add(j.lawFolder());
        }
        for (Parameter p : law.parameters()) {
            String id = p.id();
            int dot = id.indexOf('.');
            String folder = dot < 0 ? id : id.substring(0, dot);
            if (!folders.contains(folder)) {
                throw new IllegalStateException("the parameter " + id + " lies outside every jurisdiction's folder " + folders);
            }
            String path = id.substring(dot + 1);
            Optional<Key<?>> key = declarations.key(path);
            if (key.isEmpty() && path.contains(".") && suffixes.contains(path.substring(path.lastIndexOf('.') + 1))) {
                key = declarations.key(path.substring(0, path.lastIndexOf('.')));
            }
            if (key.isEmpty()) {
                throw new IllegalStateException("the parameter " + id + " is read by no rule: declare a Key for '" + path
                        + "' beside the rule that reads it");
            }
            Unit unit = p.unit();
            if (!key.get().units().contains(unit)) {
                throw new IllegalStateException("the parameter " + id + " has unit " + unit.key() + ", but its key '" + key.get().path()
                        + "' takes " + key.get().units().stream().map(Unit::key).sorted().toList());
            }
        }
    }

    private Parameter[] candidates(Jurisdiction j, Country c, String path) {
        String base = j.lawFolder() + "." + path;
        List<Parameter> found = new ArrayList<>(3);
        law.parameter(base + "." + c.key()).ifPresent(found::add);
        if (j.regionKey() != null) {
            law.parameter(base + "." + j.regionKey()).ifPresent(found::add);
        }
        for (String group : j.groupKeys()) {
            law.parameter(base + "." + group).ifPresent(found::add);
        }
        law.parameter(base).ifPresent(found::add);
        return found.toArray(Parameter[]::new);
    }

    private HolidayCalendar calendar(Jurisdiction j) {
        List<HolidayCalendar.Version> versions = new ArrayList<>();
        law.parameter(j.lawFolder() + "." + HOLIDAYS.path()).ifPresent(p -> {
            for (DatedValue v : p.values()) {
                versions.add(new HolidayCalendar.Version(v.since(), HOLIDAYS.read(v.value())));
            }
        });
        Set<LocalDate> daysOff = new HashSet<>();
        Set<LocalDate> workingWeekends = new HashSet<>();
        law.parameter(j.lawFolder() + "." + DAYS_OFF.path()).ifPresent(p -> addDates(p, DAYS_OFF, daysOff));
        law.parameter(j.lawFolder() + "." + WORKING_WEEKENDS.path()).ifPresent(p -> addDates(p, WORKING_WEEKENDS, workingWeekends));
        if (versions.isEmpty() && daysOff.isEmpty() && workingWeekends.isEmpty()) {
            return HolidayCalendar.WEEKDAYS_ONLY;
        }
        return new HolidayCalendar(versions, daysOff, workingWeekends);
    }

    /** Every year's dates of a list of dates, skipping a value that says "not in force". */
    private static void addDates(Parameter p, Key<List<LocalDate>> key, Set<LocalDate> into) {
        for (DatedValue v : p.values()) {
            List<LocalDate> dates = key.read(v.value());
            if (dates != null) {
                into.addAll(dates);
            }
        }
    }

    /** The value of every key on a day, by key index; keys that are not declared stay absent. */
    private static Sourced<?>[] values(LocalDate day, List<Key<?>> keys, List<Parameter[]> candidates) {
        Sourced<?>[] values = new Sourced<?>[Key.count()];
        Arrays.fill(values, Sourced.absent());
        for (int k = 0; k < keys.size(); k++) {
            values[keys.get(k).index()] = value(keys.get(k), candidates.get(k), day);
        }
        return values;
    }

    /** The most specific parameter's value on the day, typed by the key, with its basis. */
    private static <T> Sourced<T> value(Key<T> key, Parameter[] candidates, LocalDate day) {
        for (Parameter p : candidates) {
            Optional<DatedValue> v = p.at(day);
            if (v.isPresent()) {
                Basis basis = Basis.of(p, v.get());
                T typed = key.read(v.get().value());
                return typed == null ? new Sourced<>(null, List.of(basis)) : Sourced.of(typed, basis);
            }
        }
        return Sourced.absent();
    }
}
