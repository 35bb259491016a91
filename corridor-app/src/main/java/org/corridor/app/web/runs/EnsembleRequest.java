package org.corridor.app.web.runs;

import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.corridor.app.Version;
import org.corridor.app.web.ClientError;
import org.corridor.sim.run.RunOptions;

/**
 * A small seed-only ensemble the lab is asked for: a bundled scenario and its baseline, {@code replicas}
 * seeds each, the parameters as they are. Parameter draws and larger ensembles belong on the command
 * line (or a cluster), whose folders the lab shows as well.
 */
public record EnsembleRequest(String scenario, int replicas, double scale, long seed, YearMonth from, YearMonth to) {
    /** Each replica is a run in the server's queue: a handful keeps the queue for others. */
    public static final int MAX_REPLICAS = 8;
    public static final int DEFAULT_REPLICAS = 4;
    public static final double DEFAULT_SCALE = 0.002;

    /** The ensemble's name: the scenario, "ens" and a hash of everything asked for. */
    public RunId id() {
        String text = toMap() + " burn-in " + RunOptions.DEFAULT_BURN_IN + " version " + new Version().getVersion()[0];
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return new RunId(scenario + "-ens-" + HexFormat.of().formatHex(digest, 0, 6));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", scenario);
        m.put("replicas", replicas);
        m.put("scale", scale);
        m.put("seed", seed);
        m.put("from", from.toString());
        m.put("to", to.toString());
        return m;
    }

    /** Checks a request as the form sent it, naming the field at fault; the scenario, scale, seed and period as for a run. */
    public static EnsembleRequest validate(BundledScenarios scenarios, String scenario, Integer replicas, Double scale, Long seed, String from,
                                           String to) {
        int n = replicas == null ? DEFAULT_REPLICAS : replicas;
        if (n < 2 || n > MAX_REPLICAS) {
            throw new ClientError(HttpStatus.BAD_REQUEST, "replicas", "must be between 2 and " + MAX_REPLICAS
                    + " on this shared server, got " + n + "; run larger ensembles with 'corridor ensemble'");
        }
        // An ensemble moves no levers; their month is set to one the period surely holds, so that only
        // the fields the form has can be at fault.
        RunRequest run = new RunRequest.Draft(scenario, scale == null ? DEFAULT_SCALE : scale, seed, from, to, null, null, null, to)
                .validate(scenarios);
        return new EnsembleRequest(run.scenario(), n, run.scale(), run.seed(), run.from(), run.to());
    }
}
