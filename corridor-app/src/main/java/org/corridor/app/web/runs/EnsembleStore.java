package org.corridor.app.web.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.corridor.app.ensemble.EnsembleWriter;
import org.corridor.app.simulate.OutputDirectory;
import org.corridor.app.simulate.Parquet;

/**
 * The ensembles on disk, one folder each: those the lab made and those {@code corridor ensemble --out}
 * wrote there (on this machine, or copied from a cluster's driver). A folder whose manifest says
 * {@code "kind": "ensemble"} and whose name can be a URL's is an ensemble.
 */
public final class EnsembleStore {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One series' quantiles by month, for one arm, origin and destination. */
    public record Bands(List<String> months, double[] p05, double[] p25, double[] median, double[] p75, double[] p95) {
    }

    private final Path root;

    /**
     * Opens the folder, creating it if need be, and removes what a process stopped mid-write left
     * behind (as every ensemble written here does again: {@link OutputDirectory#removeStale}).
     */
    public EnsembleStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
            OutputDirectory.removeStale(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use " + root + " for ensembles", e);
        }
    }

    public Path folder(RunId id) {
        return root.resolve(id.value());
    }

    public Optional<JsonNode> manifest(RunId id) {
        Path m = folder(id).resolve(EnsembleWriter.MANIFEST);
        if (!Files.isRegularFile(m) || !Files.isRegularFile(folder(id).resolve(EnsembleWriter.SUMMARY))) {
            return Optional.empty();
        }
        try {
            JsonNode manifest = JSON.readTree(m.toFile());
            return "ensemble".equals(manifest.path("kind").asText()) ? Optional.of(manifest) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // a damaged folder is not an ensemble
        }
    }

    public boolean has(RunId id) {
        return manifest(id).isPresent();
    }

    /** The stored ensembles, newest first. */
    public List<RunId> list() {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(Files::isDirectory).sorted(Comparator.comparing(EnsembleStore::modified).reversed())
                    .map(p -> RunId.parse(p.getFileName().toString())).flatMap(Optional::stream).filter(this::has).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    /** A series' bands by month; empty months when the ensemble has no such arm, origin, destination or series. */
    public Bands bands(RunId id, String arm, String origin, String destination, String series) throws SQLException {
        List<String> months = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement s = c.prepareStatement("SELECT month, p05, p25, median, p75, p95 FROM read_parquet("
                     + Parquet.literal(folder(id).resolve(EnsembleWriter.SUMMARY))
                     + ") WHERE arm = ? AND origin = ? AND destination = ? AND series = ? ORDER BY month")) {
            s.setString(1, arm);
            s.setString(2, origin);
            s.setString(3, destination);
            s.setString(4, series);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    months.add(r.getString(1));
                    rows.add(new double[] {r.getDouble(2), r.getDouble(3), r.getDouble(4), r.getDouble(5), r.getDouble(6)});
                }
            }
        }
        double[][] columns = new double[5][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int q = 0; q < 5; q++) {
                columns[q][i] = rows.get(i)[q];
            }
        }
        return new Bands(List.copyOf(months), columns[0], columns[1], columns[2], columns[3], columns[4]);
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
