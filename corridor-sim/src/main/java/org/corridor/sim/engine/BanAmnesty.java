package org.corridor.sim.engine;

import java.time.YearMonth;
import org.corridor.law.place.Country;

/** A scenario event: in {@code month}, the destination {@code country} lifts every re-entry ban it has imposed. */
public record BanAmnesty(YearMonth month, Country country) {
}
