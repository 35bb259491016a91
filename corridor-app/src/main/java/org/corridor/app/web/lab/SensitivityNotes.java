package org.corridor.app.web.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.corridor.app.sensitivity.ScreenTable;
import java.util.Optional;

/**
 * What a scenario's answer (its difference from the baseline) is most sensitive to, from the Morris
 * screening that docs/EVIDENCE.md reports: the {@code screen.csv} of {@code corridor sensitivity
 * --method morris --scenario NAME}, bundled as {@code web/sensitivity/NAME.csv}.
 */
public final class SensitivityNotes {
    private SensitivityNotes() {
    }

    /** The top parameters for the scenario's answer (the baseline's own figures for the baseline), if it was screened. */
    public static Optional<List<ScreenTable.Row>> of(String scenario, int top) {
        try (InputStream in = SensitivityNotes.class.getClassLoader().getResourceAsStream("web/sensitivity/" + scenario + ".csv")) {
            if (in == null) {
                return Optional.empty();
            }
            List<ScreenTable.Row> rows = ScreenTable.read(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
            return Optional.of(ScreenTable.top(rows, scenario.equals("baseline") ? "baseline" : "difference", top));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
