package org.corridor.law.assessment;

import java.util.List;
import org.corridor.law.parameter.StayLimit;
import org.corridor.law.regime.Basis;
import org.corridor.law.regime.Penalty;
import org.corridor.law.regime.Rules;
import org.corridor.law.regime.Sourced;

/**
 * What follows from one period's {@link Rules}, built once and shared by every assessment that meets
 * that period: the consequence of missing each obligation and the joined bases the rules cite.
 * Immutable.
 */
final class RuleConsequences {
    final Consequence visaRefused;
    /** Whether entry needs a visa, with the basis of the visa-free rule; absent where the destination sets none. */
    final Sourced<Boolean> visaRequired;
    final Consequence migrationCardRefused;
    final Consequence passportRefused;
    final List<Basis> registrationBasis;
    /** The registration deadline as the law states it ("7 working days"), or empty. */
    final String registrationTerms;
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
        visaRefused = refused(Effect.ENTRY_REFUSED, r.get(EntryDocumentsRule.VISA_FREE));
        Sourced<Boolean> visaFree = r.get(EntryDocumentsRule.VISA_FREE);
        visaRequired = visaFree.present() ? new Sourced<>(!visaFree.value(), visaFree.basis()) : Sourced.absent();
        migrationCardRefused = refused(Effect.ENTRY_REFUSED, r.get(EntryDocumentsRule.MIGRATION_CARD));
        passportRefused = refused(Effect.ENTRY_REFUSED, r.get(EntryDocumentsRule.FOREIGN_PASSPORT));
        registrationBasis = Basis.join(r.get(RegistrationRule.DEADLINE).basis(), r.get(RegistrationRule.MIN_STAY_DAYS).basis());
        registrationTerms = r.has(RegistrationRule.DEADLINE) ? r.value(RegistrationRule.DEADLINE).toString() : "";
        Penalty registration = Penalties.of(r, RegistrationRule.FINE, Penalties.EXPULSION);
        registrationMissed = new Consequence(registration, List.of(), 0, true, Effect.NONE,
                r.orElse(RegistrationRule.GATES, List.of()), Basis.join(registration.basis(), r.get(RegistrationRule.GATES).basis()));
        Penalty late = Penalties.of(r, WorkAuthorisationRule.LATE_APPLICATION_FINE, null);
        Penalty unauthorised = Penalties.of(r, WorkAuthorisationRule.UNAUTHORISED_WORK_FINE, Penalties.EXPULSION);
        workMissed = new Consequence(late.fine() != null ? late : unauthorised, List.of(), 0, true, Effect.NO_LEGAL_WORK, List.of(),
                Basis.join(late.basis(), unauthorised.basis()));
        lateApplication = new Consequence(late, List.of(), 0, true, Effect.NONE, List.of(), late.basis());
        unauthorisedWork = new Consequence(unauthorised, List.of(), 0, true, Effect.NONE, List.of(), unauthorised.basis());
        medicalRefused = refused(Effect.APPLICATION_REFUSED, r.get(WorkAuthorisationRule.MEDICAL));
        insuranceRefused = refused(Effect.APPLICATION_REFUSED, r.get(WorkAuthorisationRule.INSURANCE));
        examRefused = refused(Effect.APPLICATION_REFUSED, r.get(WorkAuthorisationRule.EXAM));
        authorisationAnnulled = new Consequence(null, List.of(), 0, true, Effect.AUTHORISATION_ANNULLED, List.of(),
                r.get(PatentPaymentRule.MONTHLY_FEE).basis());
        Penalty overstayPenalty = Penalties.of(r, StayLimitRule.FINE, Penalties.EXPULSION);
        Sourced<List<org.corridor.law.parameter.BanStep>> bans = r.get(ReentryBanRule.OVERSTAY_BANS);
        overstay = new Consequence(overstayPenalty, bans.orElse(List.of()), 0, !r.requires(ReentryBanRule.OVERSTAY_DISCRETIONARY),
                Effect.NONE, List.of(), Basis.join(overstayPenalty.basis(), bans.basis()));
        overstayBanBasis = Basis.join(bans.basis(), r.get(ReentryBanRule.OVERSTAY_DISCRETIONARY).basis());
        List<Basis> work = Basis.join(r.get(WorkAuthorisationRule.AUTHORISATION).basis(), r.get(WorkAuthorisationRule.APPLY_WITHIN).basis());
        workBasisUpfront = Basis.join(work, r.get(WorkAuthorisationRule.UPFRONT_COST).basis());
        workBasisMonthly = Basis.join(work, r.get(PatentPaymentRule.MONTHLY_FEE).basis());
        Sourced<StayLimit> limit = r.get(StayLimitRule.LIMIT);
        stayLimitTerms = limit.present() ? limit.value().terms() : "";
        stayLimitExtendedBasis = Basis.join(limit.basis(), r.get(WorkAuthorisationRule.AUTHORISATION).basis(),
                r.get(StayLimitRule.FOLLOWS_CONTRACT).basis());
        residenceMissed = new Consequence(overstayPenalty, bans.orElse(List.of()), 0, true, Effect.NONE, List.of(),
                Basis.join(overstayPenalty.basis(), bans.basis()));
    }

    private static Consequence refused(Effect effect, Sourced<Boolean> rule) {
        return new Consequence(null, List.of(), 0, true, effect, List.of(), rule.basis());
    }
}
