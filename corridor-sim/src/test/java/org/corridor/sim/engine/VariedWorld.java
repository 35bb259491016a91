package org.corridor.sim.engine;

import java.time.YearMonth;
import java.util.Random;
import org.corridor.sim.world.Households;
import org.corridor.sim.world.LegalState;
import org.corridor.sim.world.Origin;
import org.corridor.sim.world.People;
import org.corridor.sim.world.Place;
import org.corridor.sim.world.Role;

/**
 * A hand-made world of a few hundred households in every state a phase can meet, drawn from a fixed
 * seed: people at home and abroad in every destination, stays lawful and running out (as months of a
 * world start at its first, every stay begins in month 0 and runs out within the run),
 * working or not, formal or through a middleman, registered or not, with patents valid, lapsing or
 * none, forged papers, bans known and unknown (some running out within the run), offences, the very
 * old (who die) and the unborn (who are born), households with remittances and savings.
 */
final class VariedWorld {
    static final YearMonth FIRST = YearMonth.of(2025, 3);
    static final int MONTHS = 8;

    private VariedWorld() {
    }

    static World build() {
        // Rare events made common so that a few hundred households show them: divorce and investing
        // (0.06% and 0.6% a month), the overstay ban recorded where it is discretionary, departures, the border's check and
        // the police's (so that an expulsion ends an authorised stay).
        HandWorld w = new HandWorld(FIRST, MONTHS).behaviour("family.divorce_hazard", 0.05).behaviour("household.investing_share", 0.9)
                .behaviour("enforcement.check_rate", 0.2, 0.2, 0.2, 0.2, 0.2)
                .behaviour("enforcement.discretionary_ban_rate", 1.0).behaviour("enforcement.border_check", 1.0)
                .behaviour("migration.base_hazard", 0.3, 0.3, 0.3);
        Random r = new Random(11);
        for (int hh = 0; hh < 300; hh++) {
            w.household(Origin.ALL[hh % 3]);
            w.person(Role.HEAD, 0, 22 + r.nextInt(35));
            w.person(Role.SPOUSE, 1, 20 + r.nextInt(35));
            w.person(Role.CHILD, r.nextInt(2), r.nextInt(16));
            w.person(Role.CHILD, r.nextInt(2), 16 + r.nextInt(12));
            if (hh % 4 == 0) {
                w.person(Role.ELDER, r.nextInt(2), 60 + r.nextInt(45));
            }
            if (hh % 6 == 0) {
                w.personAgedMonths(Role.CHILD, r.nextInt(2), -1 - r.nextInt(MONTHS - 1)); // born within the run
            }
            if (hh % 10 == 0) {
                w.person(Role.OTHER, r.nextInt(2), 115); // dies within the run, abroad or at home
            }
        }
        int overstayers = w.household(Origin.TJ);
        for (int k = 0; k < 100; k++) {
            w.person(Role.OTHER, 0, 25 + k % 20); // a band of men long past their lawful stay in Russia
        }
        World world = w.build();
        People p = world.people();
        Households h = world.households();
        int now = (FIRST.getYear() - 1900) * 12 + FIRST.getMonthValue() - 1;
        for (int i = 0, n = h.people(); i < n; i++) {
            p.education[i] = (byte) r.nextInt(3);
            if (r.nextInt(3) == 0) {
                p.papers[i] &= ~People.PASSPORT;
            }
            if ((p.flags[i] & People.ALIVE) == 0) {
                continue;
            }
            int age = (now - p.birth[i]) / 12;
            if ((age >= 16 && age <= 60 && r.nextDouble() < 0.5) || (age > 100 && r.nextBoolean())) {
                Place place = Place.DESTINATIONS[r.nextInt(Place.DESTINATIONS.length)];
                int entered = 0;
                int legalUntil = r.nextInt(5) == 0 ? Short.MAX_VALUE : r.nextInt(6);
                HandWorld.abroad(world, i, place, entered, legalUntil);
                p.monthsAbroad[i] = (short) r.nextInt(60);
                p.lastPlace[i] = r.nextBoolean() ? place.code() : 0;
                boolean authorised = r.nextInt(3) == 0;
                if (authorised) {
                    p.authorisedSince[i] = 0;
                    p.authorisedUntil[i] = (short) r.nextInt(4);
                    p.papers[i] |= People.EXAM;
                }
                if (r.nextInt(5) < 3) {
                    p.flags[i] |= People.REGISTERED;
                }
                if (r.nextInt(7) == 0) {
                    p.papers[i] |= People.FORGED;
                }
                boolean working = r.nextBoolean();
                if (working) {
                    p.flags[i] |= People.WORKING | (r.nextBoolean() ? People.FORMAL : 0);
                    p.sector[i] = (byte) (1 + r.nextInt(6));
                    p.papers[i] |= r.nextInt(4) == 0 ? People.BROKER : 0;
                    p.earnings[i] = 200 + 600 * r.nextFloat();
                }
                LegalState state = working && !authorised ? LegalState.UNAUTHORISED_WORK : working ? LegalState.LEGAL_WORKER : LegalState.LEGAL_VISITOR;
                p.legal[i] = (byte) state.ordinal();
                if (r.nextInt(4) == 0) {
                    p.lastOffence[i] = 0;
                }
            } else if (age >= 16 && r.nextInt(3) == 0) {
                p.flags[i] |= People.EVER_ABROAD | (r.nextInt(3) == 0 ? People.VISITING : 0);
                p.lastPlace[i] = Place.DESTINATIONS[r.nextInt(Place.DESTINATIONS.length)].code();
                p.entered[i] = 0;
                p.left[i] = 0;
                p.monthsAbroad[i] = (short) (1 + r.nextInt(30));
            }
            if (age >= 16 && r.nextInt(5) == 0) {
                HandWorld.ban(world, i, Place.DESTINATIONS[r.nextInt(Place.DESTINATIONS.length)], r.nextInt(40), r.nextBoolean());
            }
        }
        for (int i = h.first[overstayers]; i < h.first[overstayers] + h.size[overstayers]; i++) {
            HandWorld.abroad(world, i, Place.RU_OTHER, 0, 0); // past their stay from month 1, as the legal path would find
            p.legal[i] = (byte) LegalState.IRREGULAR.ordinal();
            p.flags[i] &= ~(People.WORKING | People.FORMAL);
            p.sector[i] = 0;
            p.earnings[i] = 0;
        }
        for (int hh = 0; hh < h.count; hh++) {
            h.homeIncome[hh] = 0.3f + r.nextFloat();
            h.remitted[hh] = r.nextBoolean() ? 100 + 300 * r.nextFloat() : 0;
            h.remittedAverage[hh] = 150 * r.nextFloat();
            h.savings[hh] = 500 * r.nextFloat();
            for (int i = h.first[hh]; i < h.first[hh] + h.size[hh]; i++) {
                if ((p.flags[i] & People.ALIVE) != 0 && p.place[i] != 0) {
                    h.abroad[hh]++;
                }
                if (p.sex[i] == 0 && p.bannedRu[i] >= 0 && (p.papers[i] & People.KNOWS_BAN) != 0) {
                    h.knownBan[hh] = 1;
                }
            }
        }
        HandWorld.markListed(world);
        return world;
    }
}
