package org.corridor.app.web.runs;

import org.corridor.sim.run.RunResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.corridor.app.simulate.OutputDirectory;
import org.corridor.app.simulate.RunWriter;

/**
 * The finished runs on disk: one folder per run, named by its id, written whole by {@link RunWriter}
 * (through a hidden sibling folder renamed when complete), so a folder with a manifest and the run's
 * series is a finished run. Anything else in the folder (an ensemble or a sensitivity analysis copied
 * there, which has a manifest but no series) is not a run: its page is not found, not an error.
 */
public final class RunStore {
    /** The files of a run that may be downloaded, and their media types. */
    public static final Map<String, String> DOWNLOADS = Map.of(
            RunWriter.SERIES, "text/csv; charset=utf-8",
            RunWriter.HOUSEHOLDS, "text/csv; charset=utf-8",
            RunWriter.SERIES_PARQUET, "application/vnd.apache.parquet",
            RunWriter.HOUSEHOLDS_PARQUET, "application/vnd.apache.parquet");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;

    /**
     * Opens the folder, creating it if need be, and removes what a process stopped mid-write left
     * behind (as every run written here does again: {@link OutputDirectory#removeStale}).
     */
    public RunStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
            OutputDirectory.removeStale(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use " + root + " for runs", e);
        }
    }

    public Path folder(RunId id) {
        return root.resolve(id.value());
    }

    public boolean has(RunId id) {
        return isRun(folder(id));
    }

    private static boolean isRun(Path folder) {
        return Files.isRegularFile(folder.resolve(RunWriter.MANIFEST)) && Files.isRegularFile(folder.resolve(RunWriter.SERIES));
    }

    /** Writes a finished run, with what was asked for in its manifest. */
    public void write(RunId id, RunResult result, RunRequest request) throws IOException {
        RunWriter.write(folder(id), result, Map.of("id", id.value(), "request", request.toMap()));
    }

    public Optional<JsonNode> manifest(RunId id) {
        if (!has(id)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(Files.readAllBytes(folder(id).resolve(RunWriter.MANIFEST))));
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty(); // deleted since has() looked: the oldest runs go when new ones come (RunRetention)
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the manifest of run " + id, e);
        }
    }

    /** The finished runs, newest first. */
    public List<RunId> list() {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(p -> RunId.parse(p.getFileName().toString()).isPresent())
                    .filter(RunStore::isRun)
                    .sorted(Comparator.comparing(RunStore::modified).reversed())
                    .map(p -> new RunId(p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the runs in " + root, e);
        }
    }

    /** A downloadable file of a finished run, if the name is one of {@link #DOWNLOADS}. */
    public Optional<Path> download(RunId id, String name) {
        if (!DOWNLOADS.containsKey(name) || !has(id)) {
            return Optional.empty();
        }
        Path file = folder(id).resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
