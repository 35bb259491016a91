package org.corridor.law.assessment;

import java.util.List;
import org.corridor.law.regime.Basis;
import org.corridor.law.regime.Rules;
import org.corridor.law.regime.Sourced;

/**
 * What follows from one period's {@link Rules}, built once and shared by every assessment that meets
 * that period: the consequence of missing each obligation and the joined bases the rules cite.
 * Immutable.
 */
final class RuleConsequences {
    final Consequence visaRefused;
    final Consequence migrationCardRefused;
    final Consequence passportRefused;
    final List<Basis> registrationBasis;
    final Consequence registrationMissed;
    final Consequence workMissed;
    final Consequence lateApplication;
    final Consequence unauthorisedWork;
    final Consequence medicalRefused;
    final Consequence insuranceRefused;
    final Consequence examRefused;
    final Consequence authorisationAnnulled;
    /** What staying past the limit brings, under the law in force when the stay ends. */
    final Consequence overstay;
    final List<Basis> overstayBanBasis;
    final Consequence residenceMissed;
    /** The bases of the work-authorisation obligation, with the up-front cost or the first month's payment. */
    final List<Basis> workBasisUpfront;
    final List<Basis> workBasisMonthly;
    /** The stay limit as the law states it, for example "90 days in 180", and its bases. */
    final String stayLimitTerms;
    final List<Basis> stayLimitExtendedBasis;

    RuleConsequences(Rules r) {
        visaRefused = refused("entry-refused", r.visaFree());
        migrationCardRefused = refused("entry-refused", r.migrationCard());
        passportRefused = refused("entry-refused", r.foreignPassport());
        registrationBasis = Basis.join(r.registration().basis(), r.registrationMinStayDays().basis());
        registrationMissed = new Consequence(r.registrationPenalty(), List.of(), 0, true, "", r.registrationGates().orElse(List.of()),
                Basis.join(r.registrationPenalty().basis(), r.registrationGates().basis()));
        workMissed = new Consequence(r.lateApplicationPenalty().fine() != null ? r.lateApplicationPenalty() : r.unauthorisedWorkPenalty(),
                List.of(), 0, true, "no-legal-work", List.of(),
                Basis.join(r.lateApplicationPenalty().basis(), r.unauthorisedWorkPenalty().basis()));
        lateApplication = new Consequence(r.lateApplicationPenalty(), List.of(), 0, true, "", List.of(), r.lateApplicationPenalty().basis());
        unauthorisedWork = new Consequence(r.unauthorisedWorkPenalty(), List.of(), 0, true, "", List.of(), r.unauthorisedWorkPenalty().basis());
        medicalRefused = refused("application-refused", r.medical());
        insuranceRefused = refused("application-refused", r.insurance());
        examRefused = refused("application-refused", r.exam());
        authorisationAnnulled = new Consequence(null, List.of(), 0, true, "authorisation-annulled", List.of(), r.monthlyFee().basis());
        overstay = new Consequence(r.overstayPenalty(), r.overstayBans().orElse(List.of()), 0, !r.requires(r.overstayBanDiscretionary()), "",
                List.of(), Basis.join(r.overstayPenalty().basis(), r.overstayBans().basis()));
        overstayBanBasis = Basis.join(r.overstayBans().basis(), r.overstayBanDiscretionary().basis());
        List<Basis> work = Basis.join(r.workAuthorisation().basis(), r.applyWithin().basis());
        workBasisUpfront = Basis.join(work, r.upfrontCost().basis());
        workBasisMonthly = Basis.join(work, r.monthlyFee().basis());
        stayLimitTerms = !r.stayLimit().present() ? ""
                : r.stayLimit().value().days() + (r.stayLimit().value().rolling() ? " days in " + r.stayLimit().value().windowDays() : " days");
        stayLimitExtendedBasis = Basis.join(r.stayLimit().basis(), r.workAuthorisation().basis(), r.stayFollowsContract().basis());
        residenceMissed = new Consequence(r.overstayPenalty(), r.overstayBans().orElse(List.of()), 0, true, "", List.of(),
                Basis.join(r.overstayPenalty().basis(), r.overstayBans().basis()));
    }

    private static Consequence refused(String effect, Sourced<Boolean> rule) {
        return new Consequence(null, List.of(), 0, true, effect, List.of(), rule.basis());
    }
}
