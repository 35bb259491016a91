package org.corridor.law.regime;

import java.time.LocalDate;
import java.util.List;
import org.corridor.law.calendar.Deadline;
import org.corridor.law.money.Money;
import org.corridor.law.parameter.BanStep;
import org.corridor.law.place.Country;
import org.corridor.law.place.Jurisdiction;

/**
 * The law in force for one citizenship in one jurisdiction from one day on, as typed values with
 * their basis. Built by {@link RuleBook} from the parameter files; read alike by the assessment of a
 * person's history and by the compiled monthly view for the simulation, so that no reader
 * re-implements a rule. An absent value means that rule does not apply.
 *
 * @param id a number unique within its {@link RuleBook}, from 0 to {@link RuleBook#size()}, so that
 *     readers can keep what they derive from these rules in an array
 */
public record Rules(
        int id,
        Jurisdiction jurisdiction,
        Country citizenship,
        LocalDate since,
        Sourced<Boolean> visaFree,
        Sourced<Boolean> migrationCard,
        Sourced<Boolean> foreignPassport,
        Sourced<Deadline> registration,
        Sourced<Integer> registrationMinStayDays,
        Sourced<List<String>> registrationGates,
        Sourced<StayLimit> stayLimit,
        Sourced<Boolean> stayFollowsContract,
        Sourced<AuthorisationKind> workAuthorisation,
        Sourced<Boolean> workQuota,
        Sourced<Deadline> applyWithin,
        Sourced<Deadline> decisionWithin,
        Sourced<Money> upfrontCost,
        Sourced<Money> monthlyFee,
        Sourced<Integer> permitMonths,
        Sourced<Integer> maxPaidMonths,
        Sourced<Boolean> exam,
        Sourced<Boolean> medical,
        Sourced<Boolean> insurance,
        Sourced<Boolean> residencePermit,
        Sourced<List<BanStep>> overstayBans,
        Sourced<Boolean> overstayBanDiscretionary,
        Sourced<Integer> expulsionBanYears,
        Sourced<Integer> forgeryBanYears,
        Sourced<Integer> repeatOffenceCount,
        Sourced<Integer> repeatOffenceWindowYears,
        Sourced<Integer> repeatOffenceBanYears,
        Penalty registrationPenalty,
        Penalty overstayPenalty,
        Penalty unauthorisedWorkPenalty,
        Penalty lateApplicationPenalty,
        Penalty forgeryPenalty) {

    /** True where the person is a citizen of the destination: no migration rule applies. */
    public boolean home() {
        return jurisdiction != Jurisdiction.KG_INTERNAL && jurisdiction.country() == citizenship;
    }

    public boolean needsWorkAuthorisation() {
        return workAuthorisation.present() && workAuthorisation.value().required();
    }

    public boolean requires(Sourced<Boolean> flag) {
        return flag.present() && flag.value();
    }
}
