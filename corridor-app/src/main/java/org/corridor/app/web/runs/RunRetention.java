package org.corridor.app.web.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many finished runs the server keeps ({@code corridor serve --keep-runs}): runs and ensembles
 * together, an ensemble counting as one run. When a new one is stored and there are more than that,
 * the oldest go first (by when their folder was written), except
 * <ul>
 * <li>one queued or running (a folder being rewritten, an ensemble whose last replica is writing);</li>
 * <li>a run that is the baseline of a run kept, stored or under way: a run's page and charts compare
 * it with its baseline, the run of the baseline scenario at the same scale, seed and period, which the
 * run's manifest names by its request ({@link RunService.RunInfo#baseline}); and once that run goes,
 * its baseline may go too;</li>
 * <li>the one just stored.</li>
 * </ul>
 * So more than the limit may be kept, when the rest are all needed. Each deletion is one line in the
 * log with the id only; a run is first renamed to a hidden folder, so that it vanishes from the lists
 * at once rather than file by file.
 */
public final class RunRetention {
    /** Enough for a lab's week of work at the default scale (a few megabytes each), few enough for a small disk. */
    public static final int DEFAULT_KEEP = 50;
    private static final Logger LOG = LoggerFactory.getLogger(RunRetention.class);

    private final RunStore runs;
    private final EnsembleStore ensembles;
    private final int keep;

    public RunRetention(RunStore runs, EnsembleStore ensembles, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one run, got " + keep);
        }
        this.runs = runs;
        this.ensembles = ensembles;
        this.keep = keep;
    }

    public int keep() {
        return keep;
    }

    /** A stored run or ensemble: its id, its folder, and the baseline it is compared with. */
    private record Stored(RunId id, Path folder, boolean ensemble, long written, Optional<RunId> baseline) {
    }

    /**
     * Deletes the oldest stored runs and ensembles beyond the limit, and returns their ids, oldest first.
     *
     * @param justStored the run or ensemble whose storing calls this
     * @param busy the runs and ensembles queued or running, and the baselines of the runs queued or running
     */
    public synchronized List<RunId> prune(RunId justStored, Set<RunId> busy) {
        List<Stored> stored = new ArrayList<>();
        for (RunId id : runs.list()) {
            Optional<RunId> baseline = runs.manifest(id).flatMap(RunService::request).filter(r -> !r.isBaseline()).map(r -> RunId.of(r.baseline()));
            stored.add(new Stored(id, runs.folder(id), false, written(runs.folder(id)), baseline));
        }
        for (RunId id : ensembles.list()) {
            // an ensemble runs its own baseline replicas: it needs no stored run
            stored.add(new Stored(id, ensembles.folder(id), true, written(ensembles.folder(id)), Optional.empty()));
        }
        stored.sort(Comparator.comparingLong(Stored::written).thenComparing(s -> s.id().value()));
        List<RunId> deleted = new ArrayList<>();
        while (stored.size() > keep) {
            Set<RunId> needed = new HashSet<>(busy);
            needed.add(justStored);
            stored.forEach(s -> s.baseline().ifPresent(needed::add));
            Optional<Stored> oldest = stored.stream().filter(s -> !needed.contains(s.id())).findFirst();
            if (oldest.isEmpty()) {
                break; // every one left is under way or a baseline still compared with
            }
            stored.remove(oldest.get());
            if (delete(oldest.get())) {
                deleted.add(oldest.get().id());
            }
        }
        return deleted;
    }

    private boolean delete(Stored s) {
        Path hidden = s.folder().resolveSibling("." + s.id().value() + ".deleted-" + System.nanoTime());
        try {
            Files.move(s.folder(), hidden, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("could not delete the stored {} {}: {}", s.ensemble() ? "ensemble" : "run", s.id(), e.getClass().getSimpleName());
            return false;
        }
        LOG.info("deleted the stored {} {}", s.ensemble() ? "ensemble" : "run", s.id());
        try (Stream<Path> walk = Files.walk(hidden)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Hidden already, so out of every list; what is left is only disk space.
            LOG.warn("could not remove every file of {}: {}", hidden.getFileName(), e.getClass().getSimpleName());
        }
        return true;
    }

    private static long written(Path folder) {
        try {
            return Files.getLastModifiedTime(folder).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
