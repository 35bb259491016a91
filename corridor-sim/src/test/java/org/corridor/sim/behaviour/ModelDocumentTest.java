package org.corridor.sim.behaviour;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/MODEL.md must list every behavioural parameter, with its status, so the document cannot drift from the data. */
class ModelDocumentTest {
    @Test
    void everyParameterIsInTheModelDocumentWithItsStatus() throws IOException {
        String model = Files.readString(Path.of("..", "docs", "MODEL.md"));
        List<String> missing = new ArrayList<>();
        for (BehaviourParameter p : BehaviourLoader.embedded().parameters()) {
            String row = "| `" + p.id() + "` |";
            int at = model.indexOf(row);
            if (at < 0) {
                missing.add(p.id());
                continue;
            }
            String line = model.substring(at, model.indexOf('\n', at));
            if (!line.contains("| " + p.status().name().toLowerCase(java.util.Locale.ROOT) + " |")) {
                missing.add(p.id() + " (status " + p.status() + ")");
            }
        }
        assertTrue(missing.isEmpty(), "not in docs/MODEL.md's parameter table, or with another status: " + missing);
    }

    @Test
    void everyParameterIsInTheRangesTableWithItsBasis() throws IOException {
        String model = Files.readString(Path.of("..", "docs", "MODEL.md"));
        String ranges = model.substring(model.indexOf("### 5.2 Uncertainty"));
        List<String> missing = new ArrayList<>();
        for (BehaviourParameter p : BehaviourLoader.embedded().parameters()) {
            String row = "| `" + p.id() + "` |";
            int at = ranges.indexOf(row);
            String basis = p.range().basis().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            if (at < 0 || !ranges.substring(at, ranges.indexOf('\n', at)).endsWith("| " + basis + " |")) {
                missing.add(p.id() + " (" + basis + ")");
            }
        }
        assertTrue(missing.isEmpty(), "not in docs/MODEL.md's table of ranges, or with another basis: " + missing);
    }

    @Test
    void everyParameterSaysWhereItComesFrom() {
        for (BehaviourParameter p : BehaviourLoader.embedded().parameters()) {
            assertTrue(!p.source().isBlank(), p.id());
            assertTrue(p.status() == BehaviourParameter.Status.SOURCED || !p.note().isBlank(), p.id() + ": an assumption says how it was set");
        }
    }
}
