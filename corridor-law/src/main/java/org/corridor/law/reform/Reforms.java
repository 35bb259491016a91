package org.corridor.law.reform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.law.money.Money;
import org.corridor.law.money.MoneyRange;
import org.corridor.law.parameter.DatedValue;
import org.corridor.law.parameter.Law;
import org.corridor.law.parameter.Parameter;

/** Applies reforms to a law, in order, giving a new law; the original is unchanged. */
public final class Reforms {
    private Reforms() {
    }

    public static Law apply(Law law, List<Reform> reforms) {
        Map<String, Parameter> byId = new LinkedHashMap<>();
        law.parameters().forEach(p -> byId.put(p.id(), p));
        for (Reform r : reforms) {
            Parameter p = byId.get(r.parameter());
            if (p == null) {
                throw new IllegalArgumentException("the law has no parameter '" + r.parameter() + "'");
            }
            List<DatedValue> values = apply(p, r);
            if (values.isEmpty()) {
                byId.remove(p.id());
            } else {
                byId.put(p.id(), new Parameter(p.id(), p.description(), p.unit(), p.reference(), values));
            }
        }
        return new Law(byId.values());
    }

    private static List<DatedValue> apply(Parameter p, Reform r) {
        List<DatedValue> before = new ArrayList<>();
        List<DatedValue> after = new ArrayList<>();
        for (DatedValue v : p.values()) {
            (v.since().isBefore(r.from()) ? before : after).add(v);
        }
        String source = "reform: " + r.reason();
        if (r.change() instanceof Reform.Set set) {
            before.add(new DatedValue(r.from(), set.value(), source, true, "Set by a scenario."));
        } else if (r.change() instanceof Reform.Multiply times) {
            DatedValue inForce = p.at(r.from()).orElse(null);
            if (inForce != null && (after.isEmpty() || after.get(0).since().isAfter(r.from()))) {
                before.add(new DatedValue(r.from(), multiply(p, inForce.value(), times.factor()), source, true,
                        "Times " + times.factor() + " from " + r.from() + " by a scenario."));
            }
            for (DatedValue v : after) {
                before.add(new DatedValue(v.since(), multiply(p, v.value(), times.factor()), source, true,
                        "Times " + times.factor() + " of " + v.source() + ", by a scenario."));
            }
        }
        // A revocation keeps only the values before the date.
        return before;
    }

    private static Object multiply(Parameter p, Object value, double factor) {
        BigDecimal f = BigDecimal.valueOf(factor);
        if (value instanceof Money m) {
            return new Money(m.amount().multiply(f).setScale(m.amount().scale(), RoundingMode.HALF_UP), m.currency());
        }
        if (value instanceof MoneyRange m) {
            return new MoneyRange(m.min().multiply(f).setScale(m.min().scale(), RoundingMode.HALF_UP),
                    m.max().multiply(f).setScale(m.max().scale(), RoundingMode.HALF_UP), m.currency());
        }
        if (value instanceof Integer i) {
            return (int) Math.round(i * factor);
        }
        if (value instanceof BigDecimal d) {
            return d.multiply(f);
        }
        throw new IllegalArgumentException("parameter '" + p.id() + "' (" + p.unit().key() + ") has no amount to multiply");
    }
}
