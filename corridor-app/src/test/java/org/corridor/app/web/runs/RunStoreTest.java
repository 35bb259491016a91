package org.corridor.app.web.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corridor.app.ensemble.EnsembleWriter;
import org.corridor.app.simulate.RunWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the run store counts as a run: a folder with a manifest and the run's series, nothing else. */
class RunStoreTest {
    @TempDir
    Path data;

    @Test
    void anEnsembleCopiedAmongTheRunsIsNotARun() throws Exception {
        RunStore runs = new RunStore(data.resolve("runs"));
        Path run = Files.createDirectories(runs.folder(new RunId("a-run")));
        Files.writeString(run.resolve(RunWriter.MANIFEST), "{}");
        Files.writeString(run.resolve(RunWriter.SERIES), "month\n");
        // `corridor ensemble --out` into the runs folder instead of the ensembles folder: a manifest, a summary, no series
        Path ensemble = Files.createDirectories(runs.folder(new RunId("an-ensemble")));
        Files.writeString(ensemble.resolve(EnsembleWriter.MANIFEST), "{\"kind\":\"ensemble\"}");
        Files.write(ensemble.resolve(EnsembleWriter.SUMMARY), new byte[0]);

        assertEquals(List.of(new RunId("a-run")), runs.list());
        assertTrue(runs.has(new RunId("a-run")));
        assertFalse(runs.has(new RunId("an-ensemble")), "its page is not found rather than an error");
        assertTrue(runs.manifest(new RunId("an-ensemble")).isEmpty());
    }
}
