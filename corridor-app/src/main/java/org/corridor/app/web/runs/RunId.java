package org.corridor.app.web.runs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.corridor.app.Version;

/**
 * A run's name in URLs and its folder's name: the scenario and a hash of everything the run was
 * asked for. A run is deterministic, so asking for the same run again finds the one already made.
 */
public record RunId(String value) {
    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    public RunId {
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a run id: " + value);
        }
    }

    /** The id in a URL, if it has the form of one (which also keeps it a plain folder name). */
    public static Optional<RunId> parse(String text) {
        return text != null && FORM.matcher(text).matches() ? Optional.of(new RunId(text)) : Optional.empty();
    }

    public static RunId of(RunRequest request) {
        // The version is part of what is hashed: another release may simulate the same request differently.
        String text = request.toMap() + " burn-in " + org.corridor.sim.run.RunOptions.DEFAULT_BURN_IN + " version " + new Version().getVersion()[0];
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return new RunId(request.scenario() + "-" + HexFormat.of().formatHex(digest, 0, 6));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
