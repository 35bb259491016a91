package org.corridor.evidence.calibrate;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.random.MersenneTwister;

/**
 * CMA-ES with an ask-and-tell interface, on the unit cube: {@link #ask()} gives a generation's
 * candidates, the caller evaluates them however it likes (all at once, as one Spark job), and
 * {@link #tell} hands back their objective values. Hipparchus' {@code CMAESOptimizer} calls its
 * objective one candidate at a time, which serialises a generation that could run side by side.
 *
 * <p>The algorithm is the (mu/mu_w, lambda)-CMA-ES with rank-one and rank-mu updates and cumulative
 * step-size adaptation, with the default constants of Hansen, "The CMA Evolution Strategy: A
 * Tutorial" (arXiv:1604.00772, 2016), table 1 and figure 6 (the same as Hansen's purecma). Bounds: a
 * candidate is evaluated at its projection onto [0, 1]^n, and the value told for it is that value
 * plus the squared distance of the projection times {@link #BOUND_PENALTY}, so the search is pulled
 * back inside without losing the sample's distribution (Hansen's boundary handling, simplified).
 *
 * <p>Deterministic: the same seed, start and values told give the same candidates on every machine.
 */
public final class AskTellCmaEs {
    /** What a unit of squared distance outside the cube adds to the objective (objectives here are around 0.01 to 1). */
    public static final double BOUND_PENALTY = 1.0;

    private final int n;
    private final int lambda;
    private final int mu;
    private final double[] weights;
    private final double mueff;
    private final double cc;
    private final double cs;
    private final double c1;
    private final double cmu;
    private final double damps;
    private final double chiN;
    private final MersenneTwister random;

    private double[] mean;
    private double sigma;
    private RealMatrix c;
    private double[][] b;
    private double[] d;
    private final double[] pc;
    private final double[] ps;
    private int generation;
    private double[][] asked;

    /**
     * @param start the first mean, in [0, 1]^n
     * @param sigma the first step size, in units of the cube (0.15 to 0.3 is usual)
     * @param lambda the population size; 0 for the default 4 + floor(3 ln n)
     */
    public AskTellCmaEs(double[] start, double sigma, int lambda, long seed) {
        this.n = start.length;
        if (n < 1 || !(sigma > 0)) {
            throw new IllegalArgumentException("need at least one dimension and a positive step size");
        }
        this.lambda = lambda > 0 ? lambda : 4 + (int) Math.floor(3 * Math.log(n));
        if (this.lambda < 2) {
            throw new IllegalArgumentException("lambda must be at least 2, got " + this.lambda);
        }
        this.mu = this.lambda / 2;
        double[] w = new double[mu];
        for (int i = 0; i < mu; i++) {
            w[i] = Math.log((this.lambda + 1) / 2.0) - Math.log(i + 1);
        }
        double sum = Arrays.stream(w).sum();
        for (int i = 0; i < mu; i++) {
            w[i] /= sum;
        }
        this.weights = w;
        this.mueff = 1 / Arrays.stream(w).map(x -> x * x).sum();
        this.cc = (4 + mueff / n) / (n + 4 + 2 * mueff / n);
        this.cs = (mueff + 2) / (n + mueff + 5);
        this.c1 = 2 / ((n + 1.3) * (n + 1.3) + mueff);
        this.cmu = Math.min(1 - c1, 2 * (mueff - 2 + 1 / mueff) / ((n + 2) * (n + 2) + mueff));
        this.damps = 1 + 2 * Math.max(0, Math.sqrt((mueff - 1) / (n + 1)) - 1) + cs;
        this.chiN = Math.sqrt(n) * (1 - 1.0 / (4 * n) + 1.0 / (21.0 * n * n));
        this.random = new MersenneTwister(seed);
        this.mean = start.clone();
        this.sigma = sigma;
        this.c = MatrixUtils.createRealIdentityMatrix(n);
        this.b = MatrixUtils.createRealIdentityMatrix(n).getData();
        this.d = new double[n];
        Arrays.fill(d, 1);
        this.pc = new double[n];
        this.ps = new double[n];
    }

    public int lambda() {
        return lambda;
    }

    public int generation() {
        return generation;
    }

    public double sigma() {
        return sigma;
    }

    public double[] mean() {
        return mean.clone();
    }

    /** This generation's candidates, lambda of them; ask again before telling gives the same ones. */
    public double[][] ask() {
        if (asked == null) {
            asked = new double[lambda][n];
            for (int k = 0; k < lambda; k++) {
                double[] z = new double[n];
                for (int i = 0; i < n; i++) {
                    z[i] = d[i] * random.nextGaussian();
                }
                for (int i = 0; i < n; i++) {
                    double y = 0;
                    for (int j = 0; j < n; j++) {
                        y += b[i][j] * z[j];
                    }
                    asked[k][i] = mean[i] + sigma * y;
                }
            }
        }
        double[][] copy = new double[lambda][];
        for (int k = 0; k < lambda; k++) {
            copy[k] = asked[k].clone();
        }
        return copy;
    }

    /** Where a candidate is evaluated: its projection onto the cube. */
    public static double[] feasible(double[] x) {
        double[] p = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            p[i] = Math.min(1, Math.max(0, x[i]));
        }
        return p;
    }

    /** The value to tell for a candidate evaluated at its projection. */
    public static double penalised(double[] x, double valueAtProjection) {
        double[] p = feasible(x);
        double d2 = 0;
        for (int i = 0; i < x.length; i++) {
            d2 += (x[i] - p[i]) * (x[i] - p[i]);
        }
        return valueAtProjection + BOUND_PENALTY * d2;
    }

    /** Hands back the values of the candidates last asked, in their order, and moves to the next generation. */
    public void tell(double[] values) {
        if (asked == null || values.length != lambda) {
            throw new IllegalStateException("tell needs the values of the " + lambda + " candidates last asked");
        }
        Integer[] order = IntStream.range(0, lambda).boxed().sorted(Comparator.comparingDouble(k -> values[k])).toArray(Integer[]::new);
        double[] old = mean;
        mean = new double[n];
        for (int i = 0; i < mu; i++) {
            for (int j = 0; j < n; j++) {
                mean[j] += weights[i] * asked[order[i]][j];
            }
        }
        double[] y = new double[n];
        for (int j = 0; j < n; j++) {
            y[j] = (mean[j] - old[j]) / sigma;
        }
        // C^-1/2 y = B D^-1 B^T y
        double[] bty = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                bty[i] += b[j][i] * y[j];
            }
            bty[i] /= d[i];
        }
        double[] invSqrtCy = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                invSqrtCy[i] += b[i][j] * bty[j];
            }
        }
        double psNorm = 0;
        for (int i = 0; i < n; i++) {
            ps[i] = (1 - cs) * ps[i] + Math.sqrt(cs * (2 - cs) * mueff) * invSqrtCy[i];
            psNorm += ps[i] * ps[i];
        }
        psNorm = Math.sqrt(psNorm);
        generation++;
        boolean hsig = psNorm / Math.sqrt(1 - Math.pow(1 - cs, 2.0 * generation)) / chiN < 1.4 + 2.0 / (n + 1);
        for (int i = 0; i < n; i++) {
            pc[i] = (1 - cc) * pc[i] + (hsig ? Math.sqrt(cc * (2 - cc) * mueff) * y[i] : 0);
        }
        double c1a = c1 * (1 - (hsig ? 0 : 1) * cc * (2 - cc));
        RealMatrix next = c.scalarMultiply(1 - c1a - cmu);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double rankMu = 0;
                for (int k = 0; k < mu; k++) {
                    double[] x = asked[order[k]];
                    rankMu += weights[k] * (x[i] - old[i]) / sigma * (x[j] - old[j]) / sigma;
                }
                next.addToEntry(i, j, c1 * pc[i] * pc[j] + cmu * rankMu);
            }
        }
        c = next;
        sigma *= Math.exp(Math.min(1, (cs / damps) * (psNorm / chiN - 1)));
        decompose();
        asked = null;
    }

    private void decompose() {
        // Keep C exactly symmetric, then C = B diag(D^2) B^T.
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double v = (c.getEntry(i, j) + c.getEntry(j, i)) / 2;
                c.setEntry(i, j, v);
                c.setEntry(j, i, v);
            }
        }
        EigenDecompositionSymmetric e = new EigenDecompositionSymmetric(c);
        double[] eigen = e.getEigenvalues();
        RealMatrix v = e.getV();
        b = v.getData();
        d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = Math.sqrt(Math.max(eigen[i], 1e-20));
        }
    }
}
