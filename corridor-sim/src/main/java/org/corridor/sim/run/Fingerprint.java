package org.corridor.sim.run;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.corridor.law.parameter.DatedValue;
import org.corridor.law.parameter.Law;
import org.corridor.law.parameter.Parameter;
import org.corridor.sim.behaviour.Behaviour;
import org.corridor.sim.behaviour.BehaviourParameter;
import org.corridor.sim.engine.BanAmnesty;
import org.corridor.sim.environment.Environment;
import org.corridor.sim.environment.Series;

/**
 * The parameter hash of a run: SHA-256 over every value the run read (the law after the scenario's
 * reforms, the behaviour parameters, the environment's points, the scenario's events), in a fixed
 * order. Two runs with the same hash, seed, scale and period simulate the same model.
 */
public final class Fingerprint {
    private Fingerprint() {
    }

    /**
     * A value as text that is the same in every JVM: a set (the days off of a calendar) in sorted order,
     * since {@code Set.of}'s order of iteration is chosen anew by each JVM.
     */
    static String canonical(Object value) {
        if (value instanceof java.util.Set<?> set) {
            return set.stream().map(String::valueOf).sorted().toList().toString();
        }
        return String.valueOf(value);
    }

    public static String of(Law law, Behaviour behaviour, Environment environment, Iterable<BanAmnesty> amnesties) {
        StringBuilder text = new StringBuilder();
        for (Parameter p : law.parameters()) {
            text.append("law ").append(p.id()).append(' ').append(p.unit().key());
            for (DatedValue v : p.values()) {
                text.append(' ').append(v.since()).append('=').append(canonical(v.value()));
            }
            text.append('\n');
        }
        for (BehaviourParameter p : behaviour.parameters()) {
            text.append("behaviour ").append(p.id()).append(' ').append(p.values()).append('\n');
        }
        for (Series s : environment.series().values()) {
            text.append("environment ").append(s.id()).append(' ').append(s.points()).append('\n');
        }
        for (BanAmnesty a : amnesties) {
            text.append("amnesty ").append(a.month()).append(' ').append(a.country()).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
