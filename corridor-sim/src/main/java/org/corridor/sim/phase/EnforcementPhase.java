package org.corridor.sim.phase;

import org.corridor.law.compiled.CompiledLaw;
import org.corridor.law.assessment.ControlledPersonsRule;
import org.corridor.law.assessment.OffenceRule;
import org.corridor.law.assessment.Penalties;
import org.corridor.law.assessment.ReentryBanRule;
import org.corridor.law.assessment.RegistrationRule;
import org.corridor.law.assessment.StayLimitRule;
import org.corridor.law.assessment.WorkAuthorisationRule;
import org.corridor.law.regime.Column;
import org.corridor.law.regime.Penalty;
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
 * Enforcement: document checks, bribes, fines, expulsions and re-entry bans. Police stop Central
 * Asians far more often than others (21.8 times more likely in the Moscow metro, 002:8924-8931). A
 * migrant found in breach pays a bribe (39.6% did, 003:866; 10,000 roubles demanded, 3,000 paid,
 * 001:491-497) or goes through the formal process: the law's fine for the breach, and administrative
 * expulsion where the law makes it mandatory (Moscow and St Petersburg) or at the court's discretion,
 * which brings the law's expulsion ban (003:800, 002:3499-3500); from 2025-02-05 the police may
 * order it without a court (Federal Law 248-FZ), which makes it likelier for a migrant without a
 * lawful ground. Forged papers, when found, bring the
 * forgery ban and fine (003:818). A second offence within the law's window may bring a ban
 * (114-FZ art. 26(4)): the law's own rule ({@link OffenceRule#banMonths}), over the offences an agent
 * remembers: its last one and this one, which is exact while the law counts two (it does in every
 * period of the bundled law; a law that counts more is refused when the world is built). Bans are
 * recorded as far as the register reaches. While a moratorium is in force (Russia, March 2020 to
 * September 2021: Decrees No. 274, 791 and 364) nobody is expelled or banned. A scenario's amnesty
 * lifts a country's bans.
 *
 * <p>What it touches of the world ({@link WorldField}; tested by PhaseAccessTest):
 * <pre>
 * reads   LISTS, PERSON, HOUSEHOLD, LIFE, PLACE, STAY, EXPERIENCE, LEGAL_STATE, DOCUMENTS, OFFENCES, BANS, CITIZENSHIP
 * writes  LISTS, PLACE, STAY, LEGAL_STATE, REGISTRATION, AUTHORISATION, DOCUMENTS, EMPLOYMENT, EARNINGS, OFFENCES, BANS
 * tally   CHECKED, PROSECUTED, BRIBES_USD, FINES_USD, EXPELLED, NEWLY_BANNED, RETURNS, RETURNEES_FAILURE, RETURNEES_ESTRANGED
 * </pre>
 * PLACE, STAY, LEGAL_STATE, REGISTRATION, AUTHORISATION, DOCUMENTS, EMPLOYMENT: an expulsion is a
 * homecoming; EARNINGS: bribes and fines; BANS: bans imposed, and lifted by an amnesty.
 */
public final class EnforcementPhase implements Phase {
    /** What the phase reads and writes of the world; see the table above. */
    static final Access ACCESS = Access
            .reads(WorldField.LISTS, WorldField.PERSON, WorldField.HOUSEHOLD, WorldField.LIFE, WorldField.PLACE,
                WorldField.STAY, WorldField.EXPERIENCE, WorldField.LEGAL_STATE, WorldField.DOCUMENTS,
                WorldField.OFFENCES, WorldField.BANS, WorldField.CITIZENSHIP)
            .writes(WorldField.LISTS, WorldField.PLACE, WorldField.STAY, WorldField.LEGAL_STATE, WorldField.REGISTRATION,
                WorldField.AUTHORISATION, WorldField.DOCUMENTS, WorldField.EMPLOYMENT, WorldField.EARNINGS,
                WorldField.OFFENCES, WorldField.BANS);

    private final People people;
    private final Households households;
    private final long seed;
    private final Homecoming homecoming;
    private final double[] checkRate;
    private final double forgeryDetection;
    private final double bribeRate;
    private final double bribeRub;
    private final double expulsionDiscretionary;
    private final double expulsionPolice;
    private final double repeatBanRate;
    private final double recordedWithoutRegister;

    public EnforcementPhase(World world) {
        Behaviour b = world.behaviour();
        this.people = world.people();
        this.households = world.households();
        this.seed = world.seed();
        this.homecoming = new Homecoming(world);
        this.checkRate = b.parameter("enforcement.check_rate").values().stream().mapToDouble(Double::doubleValue).toArray();
        if (checkRate.length != Place.DESTINATIONS.length) {
            throw new IllegalArgumentException("enforcement.check_rate needs one value per destination");
        }
        this.forgeryDetection = b.get("enforcement.forgery_detection");
        this.bribeRate = b.get("enforcement.bribe_rate");
        this.bribeRub = b.get("enforcement.bribe_rub");
        this.expulsionDiscretionary = b.get("enforcement.expulsion_discretionary");
        this.expulsionPolice = b.get("enforcement.expulsion_police");
        this.repeatBanRate = b.get("enforcement.repeat_offence_ban_rate");
        this.recordedWithoutRegister = b.get("enforcement.ban_recorded_without_register");
    }

    @Override
    public Access access() {
        return ACCESS;
    }

    @Override
    public void run(Month month, Chunk chunk, Tally tally) {
        People p = people;
        CompiledLaw law = month.law();
        int m = month.index;
        boolean amnesty = false;
        for (Place place : Place.DESTINATIONS) {
            amnesty |= month.amnesty(place.ordinal());
        }
        if (amnesty) {
            int[] banned = chunk.banned();
            for (int k = 0, n = chunk.bannedCount(); k < n; k++) {
                liftBans(month, banned[k]);
            }
        }
        double rubPerUsd = month.env.fxPerUsd()[Place.RU_OTHER.ordinal()];
        int[] abroad = chunk.abroad();
        for (int k = 0, n = chunk.abroadCount(); k < n; k++) {
            int i = abroad[k];
            int place = p.place[i];
            // A holder of Russia's passport is outside its migration law: no migration check applies to them.
            if (place == 0 || (p.flags[i] & People.ALIVE) == 0 || p.citizenWhere(i)
                    || Draws.uniform(seed, i, m, Streams.CHECK) >= checkRate[place - 1]) {
                continue;
            }
            int origin = p.origin[i];
            int sex = p.sex[i];
            int state = p.legal[i];
            tally.add(origin, place, sex, state, Measure.CHECKED, 1);
            boolean forgeryFound = (p.papers[i] & People.FORGED) != 0 && Draws.uniform(seed, i, m, Streams.FORGERY_FOUND) < forgeryDetection;
            boolean irregular = state == LegalState.IRREGULAR.ordinal();
            boolean unauthorised = state == LegalState.UNAUTHORISED_WORK.ordinal();
            if (!forgeryFound && !irregular && !unauthorised) {
                continue;
            }
            double fx = month.env.fxPerUsd()[place];
            if (!forgeryFound && Draws.uniform(seed, i, m, Streams.BRIBE) < bribeRate) {
                double bribe = bribeRub / rubPerUsd;
                p.earnings[i] -= (float) bribe;
                tally.add(origin, place, sex, state, Measure.BRIBES_USD, bribe);
                continue;
            }
            tally.add(origin, place, sex, state, Measure.PROSECUTED, 1);
            int slot = month.slot(origin, place);
            Column min;
            Column max;
            if (forgeryFound) {
                min = ReentryBanRule.FORGERY_FINE_MIN;
                max = ReentryBanRule.FORGERY_FINE_MAX;
            } else if (p.withoutLawfulGround(i, m)) {
                min = StayLimitRule.FINE_MIN;
                max = StayLimitRule.FINE_MAX;
            } else if (irregular) {
                min = RegistrationRule.FINE_MIN;
                max = RegistrationRule.FINE_MAX;
            } else {
                min = WorkAuthorisationRule.UNAUTHORISED_WORK_FINE_MIN;
                max = WorkAuthorisationRule.UNAUTHORISED_WORK_FINE_MAX;
            }
            double low = law.valueOr(min, slot, 0);
            double high = law.valueOr(max, slot, 0);
            double fine = (low + (high - low) * Draws.uniform(seed, i, m, Streams.FINE)) / fx;
            if (fine > 0) {
                p.earnings[i] -= (float) fine;
                tally.add(origin, place, sex, state, Measure.FINES_USD, fine);
            }
            int expulsion = (int) law.valueOr(Penalties.EXPULSION, slot, Penalty.Expulsion.NONE.ordinal());
            // where the police may order expulsion without a court, it no longer waits for one (248-FZ)
            double possible = p.withoutLawfulGround(i, m) && law.flag(ControlledPersonsRule.POLICE_EXPULSION, slot) ? expulsionPolice : expulsionDiscretionary;
            boolean expelled = forgeryFound || expulsion == Penalty.Expulsion.MANDATORY.ordinal()
                    || (expulsion == Penalty.Expulsion.POSSIBLE.ordinal() && Draws.uniform(seed, i, m, Streams.EXPEL) < possible);
            double recorded = Math.max(month.env.banRegister()[place], recordedWithoutRegister);
            int within = 1 + (p.lastOffence[i] >= 0
                    && OffenceRule.withinWindow(m - p.lastOffence[i], law.value(OffenceRule.WINDOW_YEARS, slot)) ? 1 : 0);
            int repeatBan = OffenceRule.banMonths(within, law.value(OffenceRule.COUNT, slot), law.value(OffenceRule.BAN_YEARS, slot));
            p.lastOffence[i] = (short) m;
            int banMonths = 0;
            if (expelled) {
                banMonths = (int) law.valueOr(forgeryFound ? ReentryBanRule.FORGERY_BAN_MONTHS : ReentryBanRule.EXPULSION_BAN_MONTHS, slot, 0);
            }
            if (repeatBan > 0 && Draws.uniform(seed, i, m, Streams.REPEAT_BAN) < repeatBanRate) {
                banMonths = Math.max(banMonths, repeatBan);
            }
            if (Bans.suspended(seed, month, i, place)) {
                expelled = false; // Decree No. 274 of 2020 and its successors: no expulsion, no ban
                banMonths = 0;
            }
            if (banMonths > 0 && Draws.uniform(seed, i, m, Streams.BAN_RECORD) < recorded) {
                Bans.impose(p, chunk, i, place, banMonths, month, true, tally);
            }
            if (expelled) {
                tally.add(origin, place, sex, state, Measure.EXPELLED, 1);
                homecoming.comeHome(month, i, p.household[i], false, true, tally);
            }
        }
    }

    private void liftBans(Month month, int i) {
        People p = people;
        if (month.amnesty(Place.RU_MOW.ordinal())) {
            p.bannedRu[i] = -1;
        }
        if (month.amnesty(Place.KZ.ordinal())) {
            p.bannedKz[i] = -1;
        }
        if (month.amnesty(Place.TR.ordinal())) {
            p.bannedTr[i] = -1;
        }
        if (!Bans.banned(p, i, month.index)) {
            p.hold(i, People.KNOWS_BAN, false);
        }
    }
}
