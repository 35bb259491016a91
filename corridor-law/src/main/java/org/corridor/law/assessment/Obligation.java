package org.corridor.law.assessment;

import java.time.LocalDate;
import java.util.List;
import org.corridor.law.regime.Basis;

/**
 * Something the law asks of the person, with its due date and where it stands.
 *
 * @param id what it asks
 * @param trigger the event the obligation follows from (usually the entry)
 * @param due the last day on which it is met; {@code null} only for a stay limit that runs as long as an
 *     employment contract of unknown end (EAEU Treaty art. 97(9))
 * @param doneOn the day it was done, or {@code null}
 * @param terms how the law states it, for example {@code 7 working days} or {@code patent}
 * @param costs what it costs, item by item (empty where free or not quantified)
 * @param ifMissed what follows if it is missed
 */
public record Obligation(ObligationId id, LocalDate trigger, LocalDate due, ObligationState state, LocalDate doneOn, String terms,
                         List<Cost> costs, Consequence ifMissed, List<Basis> basis) {
    public Obligation {
        costs = List.copyOf(costs);
        basis = List.copyOf(basis);
        terms = terms == null ? "" : terms;
        ifMissed = ifMissed == null ? Consequence.NONE : ifMissed;
    }
}
