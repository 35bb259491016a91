package org.corridor.app.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corridor.law.assessment.Assessment;
import org.corridor.law.assessment.Ban;
import org.corridor.law.assessment.Consequence;
import org.corridor.law.assessment.Cost;
import org.corridor.law.assessment.Effect;
import org.corridor.law.assessment.Notice;
import org.corridor.law.assessment.RegisterListing;
import org.corridor.law.assessment.ReviewNote;
import org.corridor.law.assessment.StatusCondition;
import org.corridor.law.money.Money;
import org.corridor.law.review.PendingChange;
import org.corridor.law.assessment.Obligation;
import org.corridor.law.assessment.Violation;
import org.corridor.law.money.MoneyRange;
import org.corridor.law.parameter.BanStep;
import org.corridor.law.regime.Basis;

/**
 * The assessment as one JSON object: {@code status}, {@code obligations}, {@code violations} and
 * {@code bans}, with dates as ISO strings and money as amount and currency. Each {@code basis} entry
 * names the parameter and the date of the value used ({@code since}); the notes explaining
 * assumptions are given once, in {@code notes}, keyed {@code parameter@since}. The shape is the
 * planner's public contract, so it is written out field by field here rather than left to a
 * serialiser's defaults.
 */
public final class PlanJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<String, String> notes = new TreeMap<>();

    private PlanJson() {
    }

    /** Indented, for people reading a terminal. */
    public static String write(Assessment a, boolean regionDefaulted) {
        return write(a, regionDefaulted, true);
    }

    /** @param indent false for the API, where every byte crosses a slow connection */
    public static String write(Assessment a, boolean regionDefaulted, boolean indent) {
        try {
            Map<String, Object> plan = new PlanJson().toMap(a, regionDefaulted);
            return (indent ? MAPPER.writerWithDefaultPrettyPrinter() : MAPPER.writer()).writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the plan as JSON", e);
        }
    }

    private Map<String, Object> toMap(Assessment a, boolean regionDefaulted) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("asOf", a.asOf().toString());
        root.put("citizenship", a.facts().citizenship().name());
        root.put("destination", a.facts().jurisdiction().country().name());
        root.put("jurisdiction", a.facts().jurisdiction().code());
        root.put("regionDefaulted", regionDefaulted);
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("code", a.status().code().key());
        status.put("conditions", a.status().conditions().stream().map(StatusCondition::key).toList());
        status.put("basis", basis(a.status().basis()));
        status.put("register", register(a.status().register()));
        root.put("status", status);
        root.put("obligations", a.obligations().stream().map(this::obligation).toList());
        root.put("violations", a.violations().stream().map(this::violation).toList());
        root.put("bans", a.bans().stream().map(this::ban).toList());
        root.put("notices", a.notices().stream().map(this::notice).toList());
        root.put("review", review(a.review()));
        root.put("ignoredLaterEvents", a.ignoredLaterEvents());
        root.put("notes", notes);
        return root;
    }

    private Map<String, Object> obligation(Obligation o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.id().key());
        m.put("trigger", o.trigger().toString());
        m.put("due", o.due() == null ? null : o.due().toString());
        m.put("state", o.state().key());
        m.put("doneOn", o.doneOn() == null ? null : o.doneOn().toString());
        m.put("terms", o.terms());
        m.put("costs", o.costs().stream().map(this::cost).toList());
        m.put("ifMissed", consequence(o.ifMissed()));
        m.put("basis", basis(o.basis()));
        return m;
    }

    private Map<String, Object> violation(Violation v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", v.kind().key());
        m.put("date", v.date().toString());
        m.put("days", v.days());
        m.put("ongoing", v.ongoing());
        m.put("detail", v.detail());
        m.put("consequence", consequence(v.consequence()));
        m.put("basis", basis(v.basis()));
        return m;
    }

    private Map<String, Object> ban(Ban b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", b.from().toString());
        m.put("until", b.until().toString());
        m.put("years", years(b.months()));
        m.put("months", b.months());
        m.put("reason", b.reason().key());
        m.put("mandatory", b.mandatory());
        m.put("basis", basis(b.basis()));
        return m;
    }

    private Map<String, Object> consequence(Consequence c) {
        Map<String, Object> m = new LinkedHashMap<>();
        MoneyRange fine = c.penalty().fine();
        m.put("fine", fine == null ? null : range(fine));
        m.put("fineUnquantified", c.penalty().fineUnquantified());
        m.put("expulsion", c.penalty().expulsion().key());
        List<Map<String, Object>> scale = new ArrayList<>();
        for (BanStep s : c.banScale()) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("overDays", s.overDays());
            step.put("years", years(s.months()));
            step.put("months", s.months());
            scale.add(step);
        }
        m.put("banScale", scale);
        m.put("banYears", years(c.banMonths()));
        m.put("banMandatory", c.banMandatory());
        m.put("effect", c.effect() == Effect.NONE ? null : c.effect().key());
        m.put("losesAccessTo", c.losesAccessTo());
        m.put("basis", basis(c.basis()));
        return m;
    }

    private List<Map<String, Object>> basis(List<Basis> basis) {
        List<Map<String, Object>> out = new ArrayList<>(basis.size());
        for (Basis b : basis) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("parameter", b.parameter());
            m.put("since", b.since().toString());
            m.put("source", b.source());
            m.put("assumption", b.assumption());
            if (!b.note().isEmpty()) {
                notes.put(b.parameter() + "@" + b.since(), b.note());
            }
            out.add(m);
        }
        return out;
    }

    /** The register of controlled persons: since when its grounds are met, what they mean, where to check; null where not met. */
    private Map<String, Object> register(RegisterListing r) {
        if (r == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("since", r.since().toString());
        m.put("listed", r.listed());
        m.put("restrictions", r.restrictions());
        m.put("cashLimit", r.cashLimit() == null ? null : money(r.cashLimit()));
        m.put("duties", r.duties());
        m.put("reportEveryDays", r.reportEveryDays() == 0 ? null : r.reportEveryDays());
        m.put("breachesToDeportation", r.breachesToDeportation() == 0 ? null : r.breachesToDeportation());
        m.put("removal", r.removalGrounds());
        m.put("check", r.checkSites());
        m.put("amnestyUntil", r.amnestyUntil() == null ? null : r.amnestyUntil().toString());
        m.put("basis", basis(r.basis()));
        return m;
    }

    private Map<String, Object> notice(Notice n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", n.kind().key());
        m.put("since", n.since().toString());
        m.put("details", n.details());
        m.put("basis", basis(n.basis()));
        return m;
    }

    /** When the law was reviewed, whether the plan reaches past the review's newest source, and the bills pending. */
    private static Map<String, Object> review(ReviewNote r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reviewed", r.reviewed() == null ? null : r.reviewed().toString());
        m.put("sourcesTo", r.sourcesTo() == null ? null : r.sourcesTo().toString());
        m.put("mayBeOutOfDate", r.mayBeOutOfDate());
        List<Map<String, Object>> pending = new ArrayList<>();
        for (PendingChange p : r.pending()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", p.id());
            c.put("title", p.title());
            c.put("act", p.act());
            c.put("status", p.status());
            c.put("statusDate", p.statusDate().toString());
            c.put("would", p.would());
            c.put("inForce", false);
            c.put("sources", p.sources());
            pending.add(c);
        }
        m.put("pending", pending);
        return m;
    }

    private static Map<String, Object> money(Money money) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("amount", money.amount());
        m.put("currency", money.currency().getCurrencyCode());
        return m;
    }

    /** A cost as its item, amount and currency, with the basis of the amount. */
    private Map<String, Object> cost(Cost cost) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("item", cost.item().key());
        m.put("amount", cost.amount().amount());
        m.put("currency", cost.amount().currency().getCurrencyCode());
        m.put("basis", basis(cost.basis()));
        return m;
    }

    private static Map<String, Object> range(MoneyRange r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("min", r.min());
        m.put("max", r.max());
        m.put("currency", r.currency().getCurrencyCode());
        return m;
    }

    /** Whole years as an integer, a one- or three-month ban as a fraction. */
    private static Number years(int months) {
        return months % 12 == 0 ? Integer.valueOf(months / 12) : BigDecimal.valueOf(months).divide(BigDecimal.valueOf(12), 4, RoundingMode.HALF_UP);
    }
}
