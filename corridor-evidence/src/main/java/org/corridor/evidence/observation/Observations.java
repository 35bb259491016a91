package org.corridor.evidence.observation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridor.evidence.table.CsvTable;
import org.corridor.sim.yaml.InputError;

/**
 * Every figure from the sources that the simulation can be held to ({@code observations.csv}), with
 * the vocabulary of indicators they use ({@code indicators.csv}).
 */
public final class Observations {
    public static final String OBSERVATIONS = "corridor/evidence/observations.csv";
    public static final String INDICATORS = "corridor/evidence/indicators.csv";

    static final List<String> COLUMNS = List.of("id", "indicator", "origin", "destination", "sex", "period", "value", "low", "high",
            "unit", "source", "definition", "conflict_group");
    static final List<String> INDICATOR_COLUMNS = List.of("indicator", "unit_family", "kind", "definition");
    static final Set<String> ORIGINS = Set.of("TJ", "KG", "UZ", "CA");
    static final Set<String> DESTINATIONS = Set.of("RU", "RU-MOW", "RU-SPB", "KZ", "TR", "ABROAD", "HOME");
    static final Set<String> SEXES = Set.of("ALL", "F", "M");
    static final Set<String> UNIT_FAMILIES = Set.of("people", "share", "money", "money_per_migrant", "duration", "events");
    /** The kinds of figure the validation summarises the checks by (indicators.csv, column kind). */
    public static final Set<String> KINDS = Set.of("stocks", "flows", "money", "composition", "legal_status", "enforcement", "households", "home",
            "networks_and_services");

    private final Map<String, Indicator> indicators;
    private final Map<String, Observation> byId;

    private Observations(Map<String, Indicator> indicators, Map<String, Observation> byId) {
        this.indicators = indicators;
        this.byId = byId;
    }

    /** The bundled tables. */
    public static Observations embedded() {
        return of(CsvTable.resource(INDICATORS, INDICATOR_COLUMNS), CsvTable.resource(OBSERVATIONS, COLUMNS));
    }

    /** Checks and reads the two tables; the first bad cell is reported by file, line and column. */
    public static Observations of(CsvTable indicatorTable, CsvTable observationTable) {
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        for (CsvTable.Row row : indicatorTable.rows()) {
            String name = row.text("indicator");
            String family = row.text("unit_family");
            if (!UNIT_FAMILIES.contains(family)) {
                throw row.error("unit_family", "expected one of " + UNIT_FAMILIES + ", got '" + family + "'");
            }
            String kind = row.text("kind");
            if (!KINDS.contains(kind)) {
                throw row.error("kind", "expected one of " + KINDS.stream().sorted().toList() + ", got '" + kind + "'");
            }
            String quantity = row.optionalText("quantity");
            if (indicators.put(name, new Indicator(name, family, kind, quantity.isEmpty() ? name : quantity, row.text("definition"))) != null) {
                throw row.error("indicator", "'" + name + "' is listed twice");
            }
        }
        for (CsvTable.Row row : indicatorTable.rows()) {
            String quantity = row.optionalText("quantity");
            if (!quantity.isEmpty() && !indicators.containsKey(quantity)) {
                throw row.error("quantity", "'" + quantity + "' is not an indicator of " + INDICATORS);
            }
        }
        Map<String, Observation> byId = new LinkedHashMap<>();
        Map<String, List<Observation>> groupMembers = new LinkedHashMap<>();
        for (CsvTable.Row row : observationTable.rows()) {
            Observation o = observation(row, indicators);
            if (byId.put(o.id(), o) != null) {
                throw row.error("id", "'" + o.id() + "' is used twice");
            }
            if (o.inConflictGroup()) {
                List<Observation> members = groupMembers.computeIfAbsent(o.conflictGroup(), k -> new ArrayList<>());
                for (Observation earlier : members) {
                    String mismatch = groupMismatch(earlier, o);
                    if (mismatch != null) {
                        throw row.error("conflict_group", "'" + o.conflictGroup() + "' would mix different quantities: " + o.id() + " differs from "
                                + earlier.id() + " (line " + earlier.line() + ") in " + mismatch + "; a conflict group ties figures of one quantity only");
                    }
                }
                members.add(o);
            }
        }
        return new Observations(Collections.unmodifiableMap(indicators), Collections.unmodifiableMap(byId));
    }

    private static Observation observation(CsvTable.Row row, Map<String, Indicator> indicators) {
        String id = row.text("id");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw row.error("id", "expected a lowercase slug like tj-ru-stock, got '" + id + "'");
        }
        String indicator = row.text("indicator");
        if (!indicators.containsKey(indicator)) {
            throw row.error("indicator", "'" + indicator + "' is not in " + INDICATORS);
        }
        String origin = oneOf(row, "origin", ORIGINS);
        String destination = oneOf(row, "destination", DESTINATIONS);
        String sex = oneOf(row, "sex", SEXES);
        Period period;
        try {
            period = Period.parse(row.text("period"));
        } catch (IllegalArgumentException e) {
            throw row.error("period", e.getMessage());
        }
        String unitKey = row.text("unit");
        Unit unit = Unit.ofKey(unitKey);
        if (unit == null) {
            throw row.error("unit", "unknown unit '" + unitKey + "'");
        }
        double value = row.number("value");
        double low = row.optionalNumber("low");
        double high = row.optionalNumber("high");
        if (Double.isNaN(low) != Double.isNaN(high)) {
            throw row.error(Double.isNaN(low) ? "low" : "high", "a range needs both low and high");
        }
        if (!Double.isNaN(low) && !(low <= high)) {
            throw row.error("low", "low " + low + " is above high " + high);
        }
        String source = row.text("source");
        // A figure outside the seeds (an official count reported later) cites the page it was read on, at
        // the address it has (some older news sites serve plain http only).
        if (!source.matches("00[0-4]:\\d+(-\\d+)?") && !source.matches("https?://\\S+")) {
            throw row.error("source", "expected a seed citation like 003:486-488, or the address of the page the figure was read on, got '"
                    + source + "'");
        }
        return new Observation(id, indicator, origin, destination, sex, period, value, low, high, unit, source,
                row.text("definition"), row.optionalText("conflict_group"), row.line());
    }

    /**
     * What makes two figures different quantities, or null if they measure the same one: a conflict
     * group's members share the indicator, origin, destination, sex and base unit.
     */
    static String groupMismatch(Observation a, Observation b) {
        if (!a.indicator().equals(b.indicator())) {
            return "indicator (" + b.indicator() + " against " + a.indicator() + ")";
        }
        if (!a.origin().equals(b.origin())) {
            return "origin (" + b.origin() + " against " + a.origin() + ")";
        }
        if (!a.destination().equals(b.destination())) {
            return "destination (" + b.destination() + " against " + a.destination() + ")";
        }
        if (!a.sex().equals(b.sex())) {
            return "sex (" + b.sex() + " against " + a.sex() + ")";
        }
        if (!a.unit().base().equals(b.unit().base())) {
            return "unit (" + b.unit().base() + " against " + a.unit().base() + ")";
        }
        if (yearsApart(a.period(), b.period()) > MAX_GROUP_YEARS_APART) {
            return "period (" + b.period() + " against " + a.period() + ": a stock or a share at dates more than a year apart is two quantities)";
        }
        return null;
    }

    /**
     * How far apart two members of a conflict group may be dated: a year, as sources date one figure a year
     * apart (the EWIC's 1.3 million Tajiks in Russia, 2012 in one place of the thesis and 2013 in another).
     */
    static final int MAX_GROUP_YEARS_APART = 1;

    /** Years between two periods; zero when they share a year. */
    static int yearsApart(Period a, Period b) {
        return a.overlaps(b) ? 0 : Math.max(a.first(), b.first()) - Math.min(a.last(), b.last());
    }

    /** The quantity an observation measures: its indicator's quantity in indicators.csv (the indicator itself unless it says another). */
    public String quantityOf(Observation o) {
        return indicators.get(o.indicator()).quantity();
    }

    /** The kind of figure an observation is (its indicator's kind in indicators.csv), e.g. stocks or money. */
    public String kindOf(Observation o) {
        return indicators.get(o.indicator()).kind();
    }

    private static String oneOf(CsvTable.Row row, String column, Set<String> allowed) {
        String v = row.text(column);
        if (!allowed.contains(v)) {
            throw row.error(column, "expected one of " + allowed.stream().sorted().toList() + ", got '" + v + "'");
        }
        return v;
    }

    public List<Observation> all() {
        return List.copyOf(byId.values());
    }

    /**
     * These observations and {@code more} (figures read from elsewhere than observations.csv, such as the
     * World Bank's series by year): each must use a known indicator and a new id.
     */
    public Observations with(List<Observation> more) {
        Map<String, Observation> all = new LinkedHashMap<>(byId);
        for (Observation o : more) {
            if (!indicators.containsKey(o.indicator())) {
                throw new IllegalArgumentException(o.id() + ": '" + o.indicator() + "' is not in " + INDICATORS);
            }
            if (all.put(o.id(), o) != null) {
                throw new IllegalArgumentException("'" + o.id() + "' is used twice");
            }
        }
        return new Observations(indicators, Collections.unmodifiableMap(all));
    }

    public Observation get(String id) {
        Observation o = byId.get(id);
        if (o == null) {
            throw new InputError(OBSERVATIONS, 0, "id", "no observation '" + id + "'");
        }
        return o;
    }

    public boolean has(String id) {
        return byId.containsKey(id);
    }

    public Map<String, Indicator> indicators() {
        return indicators;
    }

    /** The observations of each conflict group, in file order. */
    public Map<String, List<Observation>> conflictGroups() {
        Map<String, List<Observation>> groups = new LinkedHashMap<>();
        for (Observation o : byId.values()) {
            if (o.inConflictGroup()) {
                groups.computeIfAbsent(o.conflictGroup(), k -> new ArrayList<>()).add(o);
            }
        }
        return groups;
    }
}
