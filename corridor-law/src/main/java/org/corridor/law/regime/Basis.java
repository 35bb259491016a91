package org.corridor.law.regime;

import org.corridor.law.parameter.DatedValue;
import org.corridor.law.parameter.Parameter;

/** Why a conclusion holds: the parameter it rests on, the value's source, and whether it is an assumption. */
public record Basis(String parameter, String source, boolean assumption, String note) {
    public static Basis of(Parameter parameter, DatedValue value) {
        String source = parameter.reference().isBlank() || value.source().contains(parameter.reference())
                ? value.source()
                : value.source() + "; " + parameter.reference();
        return new Basis(parameter.id(), source, value.assumption(), value.note());
    }
}
