package org.corridor.law.assessment;

import java.time.LocalDate;

/**
 * A work authorisation (patent or permit) held during a stay, as the facts establish it.
 *
 * @param kind a patent, a permit or (Turkey) a residence permit
 * @param appliedOn the application date (the issue date where no application is recorded)
 * @param issuedOn the issue date, or {@code null} if only applied for
 * @param validUntil the last day it is valid (the last paid day for a patent), or {@code null} if never valid
 * @param lapsed true where a monthly payment was missed and the authorisation was annulled
 * @param paidMonthly true where it is kept alive by monthly payments
 * @param reachedMaximum true where it has been paid up to its maximum term and must be re-issued
 */
record Authorisation(org.corridor.law.regime.AuthorisationKind kind, LocalDate appliedOn, LocalDate issuedOn, LocalDate validUntil, boolean lapsed,
                     boolean paidMonthly, boolean reachedMaximum) {
    boolean validOn(LocalDate day) {
        return issuedOn != null && validUntil != null && !day.isBefore(issuedOn) && !day.isAfter(validUntil);
    }
}
