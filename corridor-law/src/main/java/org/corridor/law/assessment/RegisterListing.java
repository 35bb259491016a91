package org.corridor.law.assessment;

import java.time.LocalDate;
import java.util.List;
import org.corridor.law.money.Money;
import org.corridor.law.regime.Basis;

/**
 * Why a person in Russia meets the grounds for the register of controlled persons (115-FZ
 * arts. 31.1-31.2, from 5 February 2025), and what it means for them. The planner cannot know
 * whether the ministry has entered the person; it says when the grounds arose, unless the person has
 * recorded being listed.
 *
 * @param since the first day without a lawful ground to stay (or the day the person was listed)
 * @param listed true where the person recorded being listed, rather than the grounds being inferred
 * @param restrictions what a listed person may not do, as keys the interface explains
 * @param cashLimit the most cash a listed person may withdraw a month
 * @param duties what a listed person must do, as keys the interface explains
 * @param reportEveryDays how often a listed person must report where they are, in days; 0 where unknown
 * @param breachesToDeportation how many failures to meet the duties lead to deportation; 0 where unknown
 * @param removalGrounds how one leaves the register, as keys the interface explains
 * @param checkSites where to check whether one is listed
 * @param amnestyUntil the last day of the amnesty under which the person could still regularise, or null
 */
public record RegisterListing(LocalDate since, boolean listed, List<String> restrictions, Money cashLimit, List<String> duties,
                              int reportEveryDays, int breachesToDeportation, List<String> removalGrounds, List<String> checkSites,
                              LocalDate amnestyUntil, List<Basis> basis) {
    public RegisterListing {
        restrictions = List.copyOf(restrictions);
        duties = List.copyOf(duties);
        removalGrounds = List.copyOf(removalGrounds);
        checkSites = List.copyOf(checkSites);
        basis = List.copyOf(basis);
    }
}
