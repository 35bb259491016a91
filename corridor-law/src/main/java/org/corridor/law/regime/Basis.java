package org.corridor.law.regime;

import java.util.List;
import org.corridor.law.parameter.DatedValue;
import org.corridor.law.parameter.Parameter;

/**
 * Why a conclusion holds: the parameter it rests on, the day the value it used took effect, the value's
 * source, and whether it is an assumption (with the note that says why).
 */
public record Basis(String parameter, java.time.LocalDate since, String source, boolean assumption, String note) {
    /**
     * The bases of several values as one immutable list, built once: conclusions usually rest on two or
     * three parameters, and the assessment builds many of them.
     */
    @SafeVarargs
    public static List<Basis> join(List<Basis>... lists) {
        int n = 0;
        List<Basis> only = List.of();
        int nonEmpty = 0;
        for (List<Basis> l : lists) {
            if (!l.isEmpty()) {
                n += l.size();
                only = l;
                nonEmpty++;
            }
        }
        if (nonEmpty <= 1) {
            return List.copyOf(only);
        }
        Basis[] all = new Basis[n];
        int i = 0;
        for (List<Basis> l : lists) {
            for (int k = 0, size = l.size(); k < size; k++) {
                all[i++] = l.get(k);
            }
        }
        return List.of(all);
    }

    public static Basis of(Parameter parameter, DatedValue value) {
        String source = parameter.reference().isBlank() || value.source().contains(parameter.reference())
                ? value.source()
                : value.source() + "; " + parameter.reference();
        return new Basis(parameter.id(), value.since(), source, value.assumption(), value.note());
    }
}
