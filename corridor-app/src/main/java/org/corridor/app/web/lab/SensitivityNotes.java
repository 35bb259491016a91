package org.corridor.app.web.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a scenario's answer (its difference from the baseline) is most sensitive to, from the Morris
 * screening that docs/EVIDENCE.md reports: the {@code screen.csv} of {@code corridor sensitivity
 * --method morris --scenario NAME}, bundled as {@code web/sensitivity/NAME.csv}.
 */
public final class SensitivityNotes {
    /** A parameter that drives the answer, and in how many of the screened outputs it stood above the seed's noise. */
    public record Driver(String parameter, String score, int aboveNoise, int outputs) {
    }

    private SensitivityNotes() {
    }

    /** The top parameters for the scenario's answer (the baseline's own figures for the baseline), if it was screened. */
    public static Optional<List<Driver>> of(String scenario, int top) {
        try (InputStream in = SensitivityNotes.class.getClassLoader().getResourceAsStream("web/sensitivity/" + scenario + ".csv")) {
            if (in == null) {
                return Optional.empty();
            }
            String answer = scenario.equals("baseline") ? "baseline," : "difference,";
            List<Driver> drivers = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split(",");
                if (line.startsWith(answer) && f.length == 6 && !f[2].contains("dummy") && drivers.size() < top) {
                    drivers.add(new Driver(f[2], f[3], Integer.parseInt(f[4]), Integer.parseInt(f[5].trim())));
                }
            }
            return Optional.of(drivers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
