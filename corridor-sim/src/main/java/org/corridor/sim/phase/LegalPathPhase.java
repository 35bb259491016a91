package org.corridor.sim.phase;

import org.corridor.law.compiled.CompiledLaw;
import org.corridor.law.assessment.EntryDocumentsRule;
import org.corridor.law.assessment.PatentPaymentRule;
import org.corridor.law.assessment.RegistrationRule;
import org.corridor.law.assessment.ResidencePermitRule;
import org.corridor.law.assessment.StayLimitRule;
import org.corridor.law.assessment.WorkAuthorisationRule;
import org.corridor.law.regime.AuthorisationKind;
import org.corridor.sim.behaviour.Behaviour;
import org.corridor.sim.engine.Access;
import org.corridor.sim.engine.Chunk;
import org.corridor.sim.engine.Month;
import org.corridor.sim.engine.Phase;
import org.corridor.sim.engine.World;
import org.corridor.sim.engine.WorldField;
import org.corridor.sim.output.Measure;
import org.corridor.sim.output.Tally;
import org.corridor.sim.random.Draws;
import org.corridor.sim.world.Households;
import org.corridor.sim.world.LegalState;
import org.corridor.sim.world.People;
import org.corridor.sim.world.Place;

/**
 * The legal path through the law module's compiled view: what the law of the month requires of this
 * citizenship at this place, and whether the migrant manages it.
 * <ul>
 *   <li>Registration at the place of stay, on arrival or late. About 900,000 of 1.3 million Tajik
 *       migrants were registered (003:842); those who were not give six reasons (003:844-854), which
 *       scenarios can remove one by one. Some buy forged papers instead (003:804-813).</li>
 *   <li>Work authorisation of the month's kind: a permit under quota, the 2010 patent, the 2015
 *       patent with its up-front package, exam and monthly payments (002:2715-2720), or nothing for
 *       EAEU citizens. Its cost, as a share of a year's pay, lowers the chance of applying; the exam
 *       is passed, bought (002:4054-4058) or failed; a foreign passport is needed by Tajik citizens
 *       from 2015 (003:757); applying after the window brings the late fine.</li>
 *   <li>The monthly payment that keeps a patent alive (002:2716-2717), or its lapse; after the
 *       law's maximum a patent must be issued anew.</li>
 *   <li>A Turkish residence permit by appointment (002:10031-10038).</li>
 *   <li>The stay: lawful while the visitor days last, while a patent or permit is valid, or while an
 *       EAEU worker has a contract; then the legal state of the month.</li>
 *   <li>The end of the path: Russian citizenship, taken by a migrant staying lawfully in Russia who has
 *       been abroad long enough (the behaviour's {@code legal.naturalisation_rate} and
 *       {@code legal.months_before_citizenship}), less often where the month's law asks no work permit
 *       ({@code legal.naturalisation_without_permit}: Kyrgyzstan's migration service saw less interest
 *       after the accession to the EAEU). Kyrgyzstan's minister of labour counted 270,000 of the
 *       590,000 Kyrgyz working in Russia in 2011 as already Russian citizens; Russia counts a dual
 *       national only as its own citizen (Federal Law 62-FZ, art. 6), so from then on no migration
 *       rule applies to them there, and the counts of foreign citizens do not see them.</li>
 * </ul>
 *
 * <p>What it touches of the world ({@link WorldField}; tested by PhaseAccessTest):
 * <pre>
 * reads   LISTS, PERSON, LIFE, PLACE, STAY, LEGAL_STATE, REGISTRATION, AUTHORISATION, DOCUMENTS, EMPLOYMENT,
 *         EXPERIENCE, CITIZENSHIP
 * writes  LEGAL_STATE, REGISTRATION, AUTHORISATION, DOCUMENTS, EARNINGS, CITIZENSHIP
 * tally   FEES_USD, FINES_USD, NATURALISED
 * </pre>
 * EARNINGS: fees and fines are paid out of the month's pay.
 */
public final class LegalPathPhase implements Phase {
    /** What the phase reads and writes of the world; see the table above. */
    static final Access ACCESS = Access
            .reads(WorldField.LISTS, WorldField.PERSON, WorldField.LIFE, WorldField.PLACE, WorldField.STAY,
                WorldField.LEGAL_STATE, WorldField.REGISTRATION, WorldField.AUTHORISATION, WorldField.DOCUMENTS,
                WorldField.EMPLOYMENT, WorldField.EXPERIENCE, WorldField.CITIZENSHIP)
            .writes(WorldField.LEGAL_STATE, WorldField.REGISTRATION, WorldField.AUTHORISATION, WorldField.DOCUMENTS,
                WorldField.EARNINGS, WorldField.CITIZENSHIP);

    private static final double DAYS_PER_MONTH = 30.44;

    private final People people;
    private final Households households;
    private final long seed;
    private final double registrationRate;
    private final double lateRegistrationRate;
    private final double barriersLeft;
    private final double forgedPapers;
    private final double[] authorisationRate = new double[AuthorisationKind.values().length];
    private final double quotaFactor;
    private final double costSensitivity;
    private final double[] examPass = new double[3];
    private final double examBought;
    private final double payRate;
    private final double passportAbroad;
    private final double residencePermitRate;
    /** The monthly chance that a migrant staying lawfully in Russia, long enough abroad, takes its citizenship, by origin. */
    private final double[] naturalisationRate = new double[3];
    private final int monthsBeforeCitizenship;
    /** Factor on that chance where the month's law asks the migrant no work permit (an EAEU citizen). */
    private final double naturalisationWithoutPermit;
    /** The month's probability of paying the patent on time, by origin and place. */
    private final double[] monthPay = new double[3 * Place.ALL.length];
    /** The month's probability of obtaining work authorisation when applying, by origin and place. */
    private final double[] monthApply = new double[3 * Place.ALL.length];

    public LegalPathPhase(World world) {
        Behaviour b = world.behaviour();
        this.people = world.people();
        this.households = world.households();
        this.seed = world.seed();
        this.registrationRate = b.get("legal.registration_rate");
        this.lateRegistrationRate = b.get("legal.late_registration_rate");
        var reasons = b.parameter("legal.registration_failure_reasons").values();
        var removed = b.parameter("legal.registration_barriers_removed").values();
        if (reasons.size() != removed.size()) {
            throw new IllegalArgumentException("legal.registration_barriers_removed needs one value per reason in legal.registration_failure_reasons");
        }
        double total = reasons.stream().mapToDouble(Double::doubleValue).sum();
        double gone = 0;
        for (int k = 0; k < reasons.size(); k++) {
            gone += reasons.get(k) / total * Math.max(0, Math.min(1, removed.get(k)));
        }
        this.barriersLeft = 1 - gone;
        this.forgedPapers = b.get("legal.forged_papers");
        var rates = b.parameter("legal.authorisation_rate").values();
        for (AuthorisationKind k : AuthorisationKind.values()) {
            // one rate per regime a worker can be asked for; a Turkish residence permit has its own
            authorisationRate[k.ordinal()] = k == AuthorisationKind.NONE || !k.isWorkRegime() ? 0 : rates.get(k.ordinal() - 1);
        }
        this.quotaFactor = b.get("legal.quota_factor");
        this.costSensitivity = b.get("legal.cost_sensitivity");
        for (int e = 0; e < 3; e++) {
            examPass[e] = b.get("legal.exam_pass", e);
        }
        this.examBought = b.get("legal.exam_bought");
        this.payRate = b.get("legal.patent_payment_rate");
        this.passportAbroad = b.get("legal.passport_abroad");
        this.residencePermitRate = b.get("legal.residence_permit_rate");
        for (int o = 0; o < 3; o++) {
            naturalisationRate[o] = b.get("legal.naturalisation_rate", o);
        }
        this.monthsBeforeCitizenship = (int) Math.round(b.get("legal.months_before_citizenship"));
        this.naturalisationWithoutPermit = b.get("legal.naturalisation_without_permit");
    }

    @Override
    public Access access() {
        return ACCESS;
    }

    @Override
    public void prepare(Month month) {
        CompiledLaw law = month.law();
        for (int o = 0; o < 3; o++) {
            for (Place place : Place.DESTINATIONS) {
                int pl = place.ordinal();
                int slot = month.slot(o, pl);
                double fx = month.env.fxPerUsd()[pl];
                double wage = grossWage(month, pl);
                double fee = law.valueOr(PatentPaymentRule.MONTHLY_FEE, slot, 0);
                double upfront = law.valueOr(WorkAuthorisationRule.UPFRONT_TOTAL, slot, 0);
                int kind = (int) law.valueOr(WorkAuthorisationRule.AUTHORISATION, slot, AuthorisationKind.NONE.ordinal());
                monthPay[o * Place.ALL.length + pl] = payRate * Math.exp(-costSensitivity * fee / fx / wage);
                double yearShare = (upfront + 12 * fee) / fx / (12 * wage);
                monthApply[o * Place.ALL.length + pl] = authorisationRate[kind] * Math.exp(-costSensitivity * yearShare)
                        * (law.flag(WorkAuthorisationRule.QUOTA, slot) ? quotaFactor : 1);
            }
        }
    }

    @Override
    public void run(Month month, Chunk chunk, Tally tally) {
        People p = people;
        CompiledLaw law = month.law();
        int m = month.index;
        int[] abroad = chunk.abroad();
        for (int k = 0, n = chunk.abroadCount(); k < n; k++) {
            int i = abroad[k];
            int place = p.place[i];
            if (place == 0 || (p.flags[i] & People.ALIVE) == 0) {
                continue;
            }
            int origin = p.origin[i];
            if (p.citizenWhere(i)) {
                // Russia's citizen: lawful, and no migration rule asks anything of them.
                p.legal[i] = (byte) ((p.flags[i] & People.WORKING) != 0 ? LegalState.LEGAL_WORKER : LegalState.LEGAL_VISITOR).ordinal();
                continue;
            }
            int slot = month.slot(origin, place);
            double fx = month.env.fxPerUsd()[place];
            int monthsIn = m - p.entered[i];

            boolean registrationRequired = law.present(RegistrationRule.DEADLINE, slot);
            if (registrationRequired && (p.flags[i] & People.REGISTERED) == 0) {
                double rate = 1 - (1 - (monthsIn == 0 ? registrationRate : lateRegistrationRate)) * barriersLeft;
                if (Draws.uniform(seed, i, m, Streams.REGISTER) < rate) {
                    p.flags[i] |= People.REGISTERED;
                } else if (monthsIn == 0 && Draws.uniform(seed, i, m, Streams.FORGE) < forgedPapers) {
                    p.papers[i] |= People.FORGED;
                }
            }

            boolean authorisationRequired = law.flag(WorkAuthorisationRule.REQUIRED, slot);
            if (authorisationRequired) {
                double fee = law.valueOr(PatentPaymentRule.MONTHLY_FEE, slot, 0);
                int maxPaid = (int) law.valueOr(PatentPaymentRule.MAX_PAID_MONTHS, slot, 0);
                // -1 is also "none": in the world's first month a migrant without a patent has not paid for the month before
                boolean paidLastMonth = p.authorisedUntil[i] == m - 1 && p.authorisedSince[i] >= 0;
                if (paidLastMonth && fee > 0 && (maxPaid == 0 || m - p.authorisedSince[i] < maxPaid)) {
                    if (Draws.uniform(seed, i, m, Streams.PAY) < monthPay[origin * Place.ALL.length + place]) {
                        p.authorisedUntil[i] = (short) m;
                        pay(i, origin, place, Measure.FEES_USD, fee / fx, tally);
                    }
                }
                if (p.authorisedUntil[i] < m) {
                    apply(month, i, origin, place, slot, monthsIn, fee, fx, tally);
                }
            } else if (law.flag(ResidencePermitRule.REQUIRED, slot) && p.authorisedUntil[i] < m
                    && Draws.uniform(seed, i, m, Streams.AUTHORISE) < residencePermitRate) {
                int decision = (int) Math.ceil(law.valueOr(WorkAuthorisationRule.DECISION_WITHIN, slot, 0) / DAYS_PER_MONTH);
                int term = Math.max(1, (int) law.valueOr(WorkAuthorisationRule.PERMIT_MONTHS, slot, 0));
                // A timely application keeps the stay lawful until the decision (002:10031-10038).
                p.authorisedSince[i] = (short) m;
                p.authorisedUntil[i] = (short) Math.min(Short.MAX_VALUE, m + decision + term - 1);
            }

            if (p.authorisedUntil[i] >= m && p.authorisedUntil[i] > p.legalUntil[i]) {
                p.legalUntil[i] = p.authorisedUntil[i];
            }
            if (law.flag(StayLimitRule.FOLLOWS_CONTRACT, slot) && (p.flags[i] & (People.WORKING | People.FORMAL)) == (People.WORKING | People.FORMAL)
                    && p.legalUntil[i] < m) {
                p.legalUntil[i] = (short) m;
            }
            boolean working = (p.flags[i] & People.WORKING) != 0;
            LegalState state;
            if (m > p.legalUntil[i] || (registrationRequired && (p.flags[i] & People.REGISTERED) == 0 && monthsIn >= 1)) {
                state = LegalState.IRREGULAR;
            } else if (working && authorisationRequired && p.authorisedUntil[i] < m) {
                state = LegalState.UNAUTHORISED_WORK;
            } else if (working) {
                state = LegalState.LEGAL_WORKER;
            } else {
                state = LegalState.LEGAL_VISITOR;
            }
            p.legal[i] = (byte) state.ordinal();
            // Citizenship asks a lawful stay (a registered one), not a work permit.
            if (state != LegalState.IRREGULAR && Place.of(place).russia() && p.monthsAbroad[i] >= monthsBeforeCitizenship
                    && Draws.uniform(seed, i, m, Streams.NATURALISE)
                        < naturalisationRate[origin] * (authorisationRequired ? 1 : naturalisationWithoutPermit)) {
                p.citizenSince[i] = (short) m;
                tally.add(origin, place, p.sex[i], state.ordinal(), Measure.NATURALISED, 1);
            }
        }
    }

    /** Pays a fee or fine out of this month's earnings, counted under the state the person was in. */
    private void pay(int i, int origin, int place, Measure what, double usd, Tally tally) {
        people.earnings[i] -= (float) usd;
        tally.add(origin, place, people.sex[i], people.legal[i], what, usd);
    }

    /** Applies for work authorisation, paying the fees (and the late fine) if it is issued. */
    private void apply(Month month, int i, int origin, int place, int slot, int monthsIn, double fee, double fx, Tally tally) {
        People p = people;
        CompiledLaw law = month.law();
        int m = month.index;
        if (law.flag(EntryDocumentsRule.FOREIGN_PASSPORT, slot) && (p.papers[i] & People.PASSPORT) == 0) {
            if (Draws.uniform(seed, i, m, Streams.PASSPORT) >= passportAbroad) {
                return;
            }
            p.papers[i] |= People.PASSPORT;
        }
        double upfront = law.valueOr(WorkAuthorisationRule.UPFRONT_TOTAL, slot, 0);
        if (Draws.uniform(seed, i, m, Streams.AUTHORISE) >= monthApply[origin * Place.ALL.length + place]) {
            return;
        }
        if (law.flag(WorkAuthorisationRule.EXAM, slot) && (p.papers[i] & People.EXAM) == 0) {
            double u = Draws.uniform(seed, i, m, Streams.EXAM);
            double pass = examPass[p.education[i]];
            if (u < pass) {
                p.papers[i] |= People.EXAM;
            } else if (u < pass + (1 - pass) * examBought) {
                p.papers[i] |= People.EXAM | People.FORGED; // a certificate bought from a mediator
            } else {
                return;
            }
        }
        p.authorisedSince[i] = (short) m;
        int term = (int) law.valueOr(WorkAuthorisationRule.PERMIT_MONTHS, slot, 0);
        p.authorisedUntil[i] = (short) (fee > 0 || term <= 0 ? m : m + term - 1);
        pay(i, origin, place, Measure.FEES_USD, (upfront + fee) / fx, tally);
        double window = law.value(WorkAuthorisationRule.APPLY_WITHIN, slot);
        if (!Double.isNaN(window) && monthsIn * DAYS_PER_MONTH > window) {
            double min = law.valueOr(WorkAuthorisationRule.LATE_APPLICATION_FINE_MIN, slot, 0);
            double max = law.valueOr(WorkAuthorisationRule.LATE_APPLICATION_FINE_MAX, slot, 0);
            double fine = min + (max - min) * Draws.uniform(seed, i, m, Streams.FINE);
            if (fine > 0) {
                pay(i, origin, place, Measure.FINES_USD, fine / fx, tally);
            }
        }
    }

    /** The average gross monthly wage of a migrant at the place, US dollars (for what costs weigh against). */
    private double grossWage(Month month, int place) {
        return Math.max(1, month.prospects.migrantWage(place));
    }
}
