package org.corridor.law.regime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import org.corridor.law.calendar.Deadline;
import org.corridor.law.calendar.HolidayCalendar;
import org.corridor.law.money.Money;
import org.corridor.law.money.MoneyRange;
import org.corridor.law.parameter.BanStep;
import org.corridor.law.parameter.DatedValue;
import org.corridor.law.parameter.Law;
import org.corridor.law.parameter.Parameter;
import org.corridor.law.place.Citizenships;
import org.corridor.law.place.Country;
import org.corridor.law.place.Jurisdiction;

/**
 * The {@link Rules} for every jurisdiction and covered citizenship, precomputed for every period
 * between two parameter changes, so that looking up the law in force on a day is a binary search.
 *
 * <p>A parameter is looked up most specific first: {@code ru.registration.deadline.tj} for a Tajik
 * citizen, then {@code ru.work.monthly_fee.mow} for Moscow, then {@code ru.registration.deadline}.
 * A more specific file that has no value yet on a day falls back to the general one, so an override
 * holds only the dates on which it differs. Immutable and thread-safe.
 */
public final class RuleBook {
    /** Before this day nothing in the corridor's law applies: the USSR dissolved in December 1991. */
    public static final LocalDate EPOCH = LocalDate.of(1991, 1, 1);

    private final Law law;
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

    public RuleBook(Law law) {
        this.law = law;
        NavigableSet<LocalDate> changes = new TreeSet<>(law.changeDates());
        changes.add(EPOCH);
        int[] ids = {0};
        for (Jurisdiction j : Jurisdiction.values()) {
            calendars.put(j, calendar(j));
            for (Country c : Citizenships.COVERED) {
                // one period per date on which any parameter changes: a few hundred, cheap to search
                List<Rules> rules = new ArrayList<>();
                for (LocalDate day : changes.tailSet(EPOCH, true)) {
                    rules.add(read(ids[0]++, j, c, day));
                }
                long[] starts = rules.stream().mapToLong(r -> r.since().toEpochDay()).toArray();
                periods[j.ordinal()][Citizenships.index(c)] = new Periods(starts, rules.toArray(Rules[]::new));
            }
        }
        this.size = ids[0];
    }

    public Law law() {
        return law;
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

    private HolidayCalendar calendar(Jurisdiction j) {
        Optional<Parameter> p = law.parameter(j.lawFolder() + ".calendar.holidays");
        if (p.isEmpty()) {
            return HolidayCalendar.WEEKDAYS_ONLY;
        }
        List<HolidayCalendar.Version> versions = new ArrayList<>();
        for (DatedValue v : p.get().values()) {
            @SuppressWarnings("unchecked")
            java.util.Set<java.time.MonthDay> days = (java.util.Set<java.time.MonthDay>) v.value();
            versions.add(new HolidayCalendar.Version(v.since(), days));
        }
        return new HolidayCalendar(versions);
    }

    private Rules read(int id, Jurisdiction j, Country c, LocalDate day) {
        Reader r = new Reader(j, c, day);
        Sourced<Integer> stayDays = r.value("stay.days", Integer.class);
        Sourced<Integer> window = r.value("stay.window_days", Integer.class);
        Sourced<StayLimit> stayLimit = stayDays.present()
                ? new Sourced<>(new StayLimit(stayDays.value(), window.orElse(0)), concat(stayDays, window))
                : Sourced.absent();
        Sourced<String> kind = r.value("work.authorisation", String.class);
        Sourced<AuthorisationKind> authorisation = kind.present()
                ? new Sourced<>(AuthorisationKind.parse(kind.value()), kind.basis())
                : Sourced.absent();
        Sourced<Deadline> registration = r.deadline("registration.deadline");
        return new Rules(id, j, c, day,
                r.value("entry.visa_free", Boolean.class),
                r.value("entry.migration_card", Boolean.class),
                r.value("entry.foreign_passport", Boolean.class),
                registration,
                r.value("registration.min_stay_days", Integer.class),
                r.<String>list("registration.gates"),
                stayLimit,
                r.value("stay.follows_contract", Boolean.class),
                authorisation,
                r.value("work.quota", Boolean.class),
                r.deadline("work.apply_within"),
                r.deadline("work.decision_within"),
                r.value("work.upfront_cost", Money.class),
                r.value("work.monthly_fee", Money.class),
                r.value("work.permit_months", Integer.class),
                r.value("work.max_months", Integer.class),
                r.value("work.exam", Boolean.class),
                r.value("work.medical", Boolean.class),
                r.value("work.insurance", Boolean.class),
                r.value("residence.permit_required", Boolean.class),
                r.<BanStep>list("ban.overstay"),
                r.value("ban.overstay_discretionary", Boolean.class),
                r.value("ban.expulsion_years", Integer.class),
                r.value("ban.forgery_years", Integer.class),
                r.value("ban.repeat_offences.count", Integer.class),
                r.value("ban.repeat_offences.window_years", Integer.class),
                r.value("ban.repeat_offences.years", Integer.class),
                r.penalty("fine.registration", "fine.expulsion"),
                r.penalty("fine.overstay", "fine.expulsion"),
                r.penalty("fine.unauthorised_work", "fine.expulsion"),
                r.penalty("fine.late_application", null),
                r.penalty("fine.forgery", "fine.forgery_expulsion"));
    }

    private static List<Basis> concat(Sourced<?> a, Sourced<?> b) {
        List<Basis> all = new ArrayList<>(a.basis());
        all.addAll(b.basis());
        return all;
    }

    /** Looks parameters up for one jurisdiction, citizenship and day, most specific id first. */
    private final class Reader {
        private final Jurisdiction jurisdiction;
        private final Country citizenship;
        private final LocalDate day;

        Reader(Jurisdiction jurisdiction, Country citizenship, LocalDate day) {
            this.jurisdiction = jurisdiction;
            this.citizenship = citizenship;
            this.day = day;
        }

        /** The most specific parameter that has a value on the day, with that value. */
        Optional<Map.Entry<Parameter, DatedValue>> resolve(String path) {
            String base = jurisdiction.lawFolder() + "." + path;
            for (String id : new String[] {base + "." + citizenship.key(),
                jurisdiction.regionKey() == null ? null : base + "." + jurisdiction.regionKey(), base}) {
                if (id == null) {
                    continue;
                }
                Optional<Parameter> p = law.parameter(id);
                Optional<DatedValue> v = p.flatMap(x -> x.at(day));
                if (v.isPresent()) {
                    return Optional.of(Map.entry(p.get(), v.get()));
                }
            }
            return Optional.empty();
        }

        <T> Sourced<T> value(String path, Class<T> type) {
            Optional<Map.Entry<Parameter, DatedValue>> found = resolve(path);
            if (found.isEmpty()) {
                return Sourced.absent();
            }
            Parameter p = found.get().getKey();
            Object raw = found.get().getValue().value();
            if (!type.isInstance(raw)) {
                throw new IllegalStateException(p.id() + " holds " + raw.getClass().getSimpleName() + ", expected " + type.getSimpleName());
            }
            return Sourced.of(type.cast(raw), Basis.of(p, found.get().getValue()));
        }

        /** A deadline, absent both where no parameter exists and where it says "not required". */
        Sourced<Deadline> deadline(String path) {
            Optional<Map.Entry<Parameter, DatedValue>> found = resolve(path);
            if (found.isEmpty()) {
                return Sourced.absent();
            }
            Basis basis = Basis.of(found.get().getKey(), found.get().getValue());
            Object raw = found.get().getValue().value();
            return DatedValue.NOT_REQUIRED.equals(raw) ? new Sourced<>(null, List.of(basis)) : Sourced.of((Deadline) raw, basis);
        }

        /** A list parameter; the loader has checked its element type against the unit. */
        @SuppressWarnings("unchecked")
        <E> Sourced<List<E>> list(String path) {
            Sourced<?> raw = value(path, List.class);
            return raw.present() ? new Sourced<>((List<E>) raw.value(), raw.basis()) : Sourced.absent();
        }

        Penalty penalty(String finePath, String expulsionPath) {
            Optional<Map.Entry<Parameter, DatedValue>> found = resolve(finePath);
            Sourced<String> expulsion = expulsionPath == null ? Sourced.absent() : value(expulsionPath, String.class);
            if (found.isEmpty() && !expulsion.present()) {
                return Penalty.NONE;
            }
            List<Basis> basis = new ArrayList<>();
            MoneyRange fine = null;
            boolean unquantified = false;
            if (found.isPresent()) {
                Object raw = found.get().getValue().value();
                if (raw instanceof MoneyRange range) {
                    fine = range;
                } else if (raw instanceof Money money) {
                    fine = new MoneyRange(money.amount(), money.amount(), money.currency());
                } else {
                    unquantified = true;
                }
                basis.add(Basis.of(found.get().getKey(), found.get().getValue()));
            }
            basis.addAll(expulsion.basis());
            Penalty.Expulsion e = expulsion.present() ? Penalty.Expulsion.parse(expulsion.value()) : Penalty.Expulsion.NONE;
            return new Penalty(fine, unquantified, e, basis);
        }
    }
}
