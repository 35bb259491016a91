package org.corridor.law.advice;

import java.util.Set;
import org.corridor.law.place.Country;

/**
 * A place to go, a service to open or a number to call, with the page that names it.
 *
 * @param serves whose citizens it serves
 * @param region the region code (MOW, MOS, SPE, ...) where it serves one region only, or null
 * @param name its official name by language (Russian always)
 * @param shortName the name people use, short enough for a phone's first screen
 * @param address, url, phone, hours each empty where the source gives none
 * @param verified whether the team read the facts on the cited page itself; an unverified contact is
 *     shown with a warning
 */
public record Contact(String id, ContactKind kind, Country country, Set<Country> serves, String region, Words name, Words shortName, String address,
                      String url, String phone, String hours, String source, boolean verified, String note) {
    public Contact {
        serves = Set.copyOf(serves);
    }

    /** Whether this contact is of use to a citizen of {@code c} in {@code regionCode} (null for a whole country). */
    public boolean serves(Country citizen, String regionCode) {
        return serves.contains(citizen) && (region == null || region.equals(regionCode));
    }
}
