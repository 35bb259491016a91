package org.corridor.sim.phase;

import org.corridor.sim.behaviour.Behaviour;
import org.corridor.sim.engine.Access;
import org.corridor.sim.engine.Chunk;
import org.corridor.sim.engine.Month;
import org.corridor.sim.engine.Phase;
import org.corridor.sim.engine.World;
import org.corridor.sim.engine.WorldField;
import org.corridor.sim.output.HouseholdMeasure;
import org.corridor.sim.output.Measure;
import org.corridor.sim.output.Tally;
import org.corridor.sim.random.Draws;
import org.corridor.sim.world.Households;
import org.corridor.sim.world.People;

/**
 * Remittances. Of what is left of the month's pay after fees, fines, bribes and living costs, a
 * migrant sends a share home, through a money transfer operator (with its fee, and a scenario's
 * levy such as the 1-2% trust fund of 003:982) or as cash carried home by the migrant or by others
 * (002:8156-8162), which loses more on the way. What arrives is added to the household's month.
 * When the currency a migrant is paid in loses dollar value against its mean exchange rate of the last
 * few years, migrants cut their own living costs to make up part of the loss to the family: after the
 * rouble's fall of 2014-15 Tajiks sent slightly more roubles than before, while the rouble wage rose
 * about 11% and fewer Tajiks were in Russia (the behaviour's {@code remittance.currency_compensation},
 * with its sources).
 *
 * <p>What it touches of the world ({@link WorldField}; tested by PhaseAccessTest):
 * <pre>
 * reads   LISTS, PERSON, HOUSEHOLD, LIFE, PLACE, LEGAL_STATE, EARNINGS
 * writes  REMITTANCES
 * tally   REMITTANCES_USD (sent), REMITTANCES_RECORDED_USD (sent through an operator), TRANSFER_COSTS_USD
 * </pre>
 */
public final class RemittancePhase implements Phase {
    /** What the phase reads and writes of the world; see the table above. */
    static final Access ACCESS = Access
            .reads(WorldField.LISTS, WorldField.PERSON, WorldField.HOUSEHOLD, WorldField.LIFE, WorldField.PLACE,
                WorldField.LEGAL_STATE, WorldField.EARNINGS)
            .writes(WorldField.REMITTANCES);

    private final People people;
    private final Households households;
    private final long seed;
    private final double livingShare;
    private final double compensation;
    private final double sendShare;
    private final double mtoFee;
    private final double levy;
    private final double levyShift;
    private final double cashLoss;

    public RemittancePhase(World world) {
        Behaviour b = world.behaviour();
        this.people = world.people();
        this.households = world.households();
        this.seed = world.seed();
        this.livingShare = b.get("remittance.living_cost_share");
        this.compensation = b.get("remittance.currency_compensation");
        this.sendShare = b.get("remittance.send_share");
        this.mtoFee = b.get("remittance.mto_fee");
        this.levy = b.get("remittance.levy");
        this.levyShift = b.get("remittance.levy_channel_shift");
        this.cashLoss = b.get("remittance.cash_loss");
    }

    @Override
    public Access access() {
        return ACCESS;
    }

    @Override
    public void run(Month month, Chunk chunk, Tally tally) {
        People p = people;
        int m = month.index;
        int[] abroad = chunk.abroad();
        for (int k = 0, n = chunk.abroadCount(); k < n; k++) {
            int i = abroad[k];
            int place = p.place[i];
            if (place == 0 || (p.flags[i] & People.ALIVE) == 0 || p.earnings[i] <= 0) {
                continue;
            }
            int origin = p.origin[i];
            // Living costs are those of the place, whatever this migrant earns, less what the migrant
            // gives up of them when the pay currency has fallen.
            double living = livingShare * month.prospects.migrantWage(place) * (1 - compensation * month.payCurrencyFall(place));
            double spare = p.earnings[i] - living;
            if (spare <= 0) {
                continue;
            }
            double sent = spare * sendShare;
            // A levy on transfers pushes some senders to carry cash instead.
            double mto = month.env.mtoShare()[origin] * (1 - levyShift * levy);
            boolean throughOperator = Draws.uniform(seed, i, m, Streams.CHANNEL) < mto;
            double cost = throughOperator ? sent * (mtoFee + levy) : sent * cashLoss;
            households.remitted[p.household[i]] += (float) (sent - cost);
            tally.add(origin, place, p.sex[i], p.legal[i], Measure.REMITTANCES_USD, sent);
            if (throughOperator) {
                tally.add(origin, place, p.sex[i], p.legal[i], Measure.REMITTANCES_RECORDED_USD, sent);
            }
            tally.add(origin, HouseholdMeasure.TRANSFER_COSTS_USD, cost);
        }
    }
}
