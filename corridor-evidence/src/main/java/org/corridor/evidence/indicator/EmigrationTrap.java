package org.corridor.evidence.indicator;

/**
 * The "emigration trap" indices of Abdurakhimov (002:10536-10721). The chapter's formula images are
 * missing from the text; the functions below are rebuilt from the definitions around them, and each
 * says where the text stops and the reconstruction starts.
 */
public final class EmigrationTrap {
    /** DMSRC above this means a high likelihood that the economy is in the emigration trap (002:10718-10721). */
    public static final double DMSRC_TRAP_THRESHOLD = 0.5;

    private EmigrationTrap() {
    }

    /**
     * DLE, a country's dependence on emigration, in percent: the geometric mean of remittances as a
     * share of GDP and emigrant workers as a share of the economically active population, both in
     * percent (002:10536-10552; the chapter says geometric mean, the formula image is missing).
     */
    public static double dle(double remittancesShareOfGdp, double emigrantsShareOfActive) {
        requireShare(remittancesShareOfGdp, "remittancesShareOfGdp", 100);
        requireShare(emigrantsShareOfActive, "emigrantsShareOfActive", 100);
        return Math.sqrt(remittancesShareOfGdp * emigrantsShareOfActive);
    }

    /**
     * The Herfindahl-Hirschman index of destinations, from 0 (spread over many) to 1 (one
     * destination). The chapter defines s_i (remittances from country i as a share of all
     * remittances) and g_i (emigrant workers in country i as a share of all emigrants) for its HHI
     * (002:10563-10596), but its formula is missing. Reconstruction: the sum over destinations of the
     * squared geometric mean of s_i and g_i, that is the sum of s_i * g_i, in keeping with the
     * geometric mean of DLE; it is the usual HHI when the two shares agree. Shares are fractions
     * summing to 1.
     */
    public static double hhi(double[] remittanceShares, double[] emigrantShares) {
        if (remittanceShares.length != emigrantShares.length || remittanceShares.length == 0) {
            throw new IllegalArgumentException("need one remittance share and one emigrant share per destination");
        }
        checkSumsToOne(remittanceShares, "remittanceShares");
        checkSumsToOne(emigrantShares, "emigrantShares");
        double sum = 0;
        for (int i = 0; i < remittanceShares.length; i++) {
            sum += remittanceShares[i] * emigrantShares[i];
        }
        return sum;
    }

    /** The usual HHI of one set of shares (fractions summing to 1). */
    public static double hhi(double[] shares) {
        return hhi(shares, shares);
    }

    /**
     * DLE_i, the economy's dependence on the emigration flow to destination i (002:10603-10616):
     * reconstructed as the geometric mean of the country-i parts of DLE's two components, that is DLE
     * times the square root of Rem_share_i x Emig_share_i (fractions). The DLE_i of all destinations
     * add up to DLE when every destination's two shares agree.
     */
    public static double dleOf(double dle, double remittanceShare, double emigrantShare) {
        requireShare(remittanceShare, "remittanceShare", 1);
        requireShare(emigrantShare, "emigrantShare", 1);
        return dle * Math.sqrt(remittanceShare * emigrantShare);
    }

    /**
     * DMSRC, the dependence of the national economy on the macroeconomic situation in the recipient
     * countries (002:10700-10721), between 0 and 1. The chapter models a macro indicator (GDP,
     * unemployment, the exchange rate) by a regression on internal and external variables (its
     * Table 11.4, 002:10882-10898) and says the trap is likely when external indicators weigh more
     * than internal ones (002:10626-10629) and when DMSRC exceeds 0.5 (002:10718-10721). Its formula
     * is missing; reconstruction: the share of the fitted indicator made up by the external terms,
     * sum |beta_ext x_ext| / (sum |beta_ext x_ext| + sum |beta_int x_int| + |constant|).
     */
    public static double dmsrc(double[] externalTerms, double[] internalTerms, double constant) {
        double external = 0;
        for (double t : externalTerms) {
            external += Math.abs(t);
        }
        double internal = Math.abs(constant);
        for (double t : internalTerms) {
            internal += Math.abs(t);
        }
        if (external + internal == 0) {
            throw new IllegalArgumentException("every term is zero: nothing to divide");
        }
        return external / (external + internal);
    }

    /** Whether a DMSRC value signals the trap (above 0.5, 002:10718-10721). */
    public static boolean inTrap(double dmsrc) {
        return dmsrc > DMSRC_TRAP_THRESHOLD;
    }

    private static void requireShare(double v, String name, double max) {
        if (!(v >= 0 && v <= max)) {
            throw new IllegalArgumentException(name + " must be between 0 and " + max + ", got " + v);
        }
    }

    private static void checkSumsToOne(double[] shares, String name) {
        double sum = 0;
        for (double s : shares) {
            requireShare(s, name, 1);
            sum += s;
        }
        if (Math.abs(sum - 1) > 1e-6) {
            throw new IllegalArgumentException(name + " must add up to 1, got " + sum);
        }
    }
}
