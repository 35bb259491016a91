package org.corridor.app.web.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.corridor.app.ensemble.EnsembleWriter;
import org.corridor.app.simulate.RunWriter;
import org.corridor.sim.run.Simulation;
import org.junit.jupiter.api.BeforeEach;
import org.corridor.app.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's limit on stored runs ({@code --keep-runs}) on a hand-made store: runs and ensembles
 * count alike, the oldest go first, never one under way, never the baseline of a run kept; and a
 * real run stored by the {@link RunService} applies it.
 */
class RunRetentionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YearMonth FROM = YearMonth.of(2014, 1);
    private static final YearMonth TO = YearMonth.of(2014, 12);

    @TempDir
    Path data;
    RunStore runs;
    EnsembleStore ensembles;
    /** The minutes the hand-made folders were written, one after another. */
    int clock;

    @BeforeEach
    void openTheStores() {
        runs = new RunStore(data.resolve("runs"));
        ensembles = new EnsembleStore(data.resolve("ensembles"));
    }

    /** A baseline run at the given seed; its id. */
    RunId baseline(long seed) throws Exception {
        return run(new RunRequest(RunRequest.BASELINE, Levers.NONE, 0.002, seed, FROM, TO));
    }

    /** A run with the patent price doubled, compared with {@link #baseline} at the same seed. */
    RunId withLever(long seed) throws Exception {
        return run(new RunRequest(RunRequest.BASELINE, new Levers(2, 1, 0, FROM), 0.002, seed, FROM, TO));
    }

    /** A stored run as RunStore writes it: a folder named by its id with a manifest holding the request. */
    RunId run(RunRequest request) throws Exception {
        RunId id = RunId.of(request);
        Path folder = Files.createDirectories(runs.folder(id));
        JSON.writeValue(folder.resolve(RunWriter.MANIFEST).toFile(), Map.of("id", id.value(), "request", request.toMap()));
        Files.writeString(folder.resolve(RunWriter.SERIES), "month\n");
        return written(id, folder);
    }

    /** A stored ensemble as EnsembleStore reads it: a manifest of kind ensemble and a summary. */
    RunId ensemble(String name) throws Exception {
        RunId id = new RunId(name);
        Path folder = Files.createDirectories(ensembles.folder(id));
        JSON.writeValue(folder.resolve(EnsembleWriter.MANIFEST).toFile(), Map.of("kind", "ensemble"));
        Files.write(folder.resolve(EnsembleWriter.SUMMARY), new byte[0]);
        return written(id, folder);
    }

    private RunId written(RunId id, Path folder) throws Exception {
        Files.setLastModifiedTime(folder, FileTime.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60L * ++clock)));
        return id;
    }

    List<String> left() throws Exception {
        List<String> all = new java.util.ArrayList<>();
        for (Path dir : List.of(data.resolve("runs"), data.resolve("ensembles"))) {
            try (Stream<Path> s = Files.list(dir)) {
                s.map(p -> p.getFileName().toString()).forEach(all::add);
            }
        }
        return all.stream().sorted().toList();
    }

    private static List<String> names(RunId... ids) {
        return Stream.of(ids).map(RunId::value).sorted().toList();
    }

    @Test
    void theOldestGoFirstAndAnEnsembleCountsAsARun() throws Exception {
        RunId oldest = baseline(1);
        RunId ens = ensemble("baseline-ens-aaaaaaaaaaaa");
        RunId middle = baseline(2);
        RunId newest = baseline(3);
        String log = LogCapture.capturingTheLog(() -> assertEquals(List.of(oldest), new RunRetention(runs, ensembles, 3).prune(newest, Set.of())));
        assertEquals(names(ens, middle, newest), left());
        assertTrue(log.contains("deleted the stored run " + oldest), log);
        assertEquals(1, log.lines().filter(l -> l.contains("deleted")).count(), log);

        assertEquals(List.of(ens), new RunRetention(runs, ensembles, 2).prune(newest, Set.of()));
        assertEquals(names(middle, newest), left(), "no hidden folder is left behind either");
    }

    @Test
    void theBaselineOfARunKeptIsKept() throws Exception {
        RunId itsBaseline = baseline(1);
        RunId other = baseline(2);
        RunId run = withLever(1);
        assertEquals(List.of(other), new RunRetention(runs, ensembles, 2).prune(run, Set.of()));
        assertEquals(names(itsBaseline, run), left());
    }

    @Test
    void onceARunGoesItsBaselineMayGoToo() throws Exception {
        RunId itsBaseline = baseline(1);
        RunId run = withLever(1);
        RunId newest = baseline(2);
        assertEquals(List.of(run, itsBaseline), new RunRetention(runs, ensembles, 1).prune(newest, Set.of()));
        assertEquals(names(newest), left());
    }

    @Test
    void aRunUnderWayOrNeededByOneIsKeptEvenBeyondTheLimit() throws Exception {
        RunId needed = baseline(1); // the baseline of a run queued: busy, as RunService says
        RunId ens = ensemble("baseline-ens-bbbbbbbbbbbb"); // being rewritten by its last replica
        RunId newest = baseline(2);
        assertEquals(List.of(), new RunRetention(runs, ensembles, 1).prune(newest, Set.of(needed, ens)));
        assertEquals(names(needed, ens, newest), left());
    }

    @Test
    void theRunJustStoredIsNeverDeleted() throws Exception {
        RunId justStored = baseline(1); // the oldest folder, say on a clock set back
        RunId later = baseline(2);
        assertEquals(List.of(later), new RunRetention(runs, ensembles, 1).prune(justStored, Set.of()));
    }

    @Test
    void foldersThatAreNotRunsAreNeitherCountedNorTouched() throws Exception {
        Files.createDirectories(data.resolve("runs").resolve("Not A Run"));
        Files.createDirectories(data.resolve("runs").resolve("no-manifest-here"));
        Path writing = Files.createDirectories(data.resolve("runs").resolve(".baseline-1.partial-123"));
        RunId a = baseline(1);
        RunId b = baseline(2);
        assertEquals(List.of(), new RunRetention(runs, ensembles, 2).prune(b, Set.of()));
        assertTrue(Files.isDirectory(writing));
        assertEquals(List.of(".baseline-1.partial-123", "Not A Run", a.value(), b.value(), "no-manifest-here").stream().sorted().toList(), left());
    }

    @Test
    void atLeastOneRunIsKept() {
        assertThrows(IllegalArgumentException.class, () -> new RunRetention(runs, ensembles, 0));
    }

    @Test
    void theServiceAppliesTheLimitWhenARunIsStored() throws Exception {
        RunId old = baseline(7);
        RunId older = baseline(8);
        Files.setLastModifiedTime(runs.folder(older), FileTime.from(Instant.parse("2025-01-01T00:00:00Z")));
        try (RunService service = new RunService(Simulation.embedded(), data.resolve("runs"), data.resolve("ensembles"), 1, 1, 2)) {
            RunId fresh = service.start(new RunRequest(RunRequest.BASELINE, Levers.NONE, 0.002, 9, FROM, TO));
            long end = System.nanoTime() + 120_000_000_000L;
            while (service.find(fresh).map(i -> i.status().pending()).orElse(true)) {
                assertTrue(System.nanoTime() < end, "the tiny run did not finish in two minutes");
                Thread.sleep(100);
            }
            assertEquals(RunStatus.State.DONE, service.find(fresh).orElseThrow().status().state(), service.find(fresh).toString());
            assertEquals(names(old, fresh), left());
            assertFalse(service.find(older).isPresent());
        }
    }
}
