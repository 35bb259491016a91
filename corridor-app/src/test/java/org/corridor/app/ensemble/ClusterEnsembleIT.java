package org.corridor.app.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Spark standalone cluster on 127.0.0.1: Spark's own {@code Master} and {@code Worker}, each in
 * its own JVM, and {@code corridor ensemble} run from the packaged corridor.jar as the launcher runs
 * it, once against the cluster and once in local mode. The summaries must be the same bytes.
 *
 * <p>The worker starts executors from {@code $SPARK_HOME/jars}; without a Spark distribution that is
 * a folder of links to the jars Maven resolved (see ../shared/notes on running Spark 4 here).
 */
class ClusterEnsembleIT {
    static final Path JAR = Path.of("target/corridor.jar").toAbsolutePath();
    static final Path SPARK_JARS = Path.of("../corridor-spark/target/spark-jars").toAbsolutePath().normalize();
    static final String[] TINY = {"ensemble", "--scenario", "no-ban-database", "--replicas", "2", "--parameter-draws", "2", "--scale", "0.0005",
        "--from", "2013-01", "--to", "2014-06", "--burn-in", "12", "--quiet"};

    @TempDir
    static Path dir;
    static final List<Process> CLUSTER = new ArrayList<>();
    static int masterPort;
    static int masterUiPort;

    @BeforeAll
    static void startCluster() throws Exception {
        Path sparkHome = Files.createDirectories(dir.resolve("spark-home/jars"));
        try (Stream<Path> jars = Files.list(SPARK_JARS)) {
            for (Path jar : jars.toList()) {
                Files.createSymbolicLink(sparkHome.resolve(jar.getFileName()), jar);
            }
        }
        masterPort = freePort();
        masterUiPort = freePort();
        CLUSTER.add(start("master", List.of("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", "" + masterPort,
                "--webui-port", "" + masterUiPort)));
        waitFor(() -> aliveWorkers() >= 0, "the master's web UI");
        CLUSTER.add(start("worker", List.of("org.apache.spark.deploy.worker.Worker", "spark://127.0.0.1:" + masterPort, "--host", "127.0.0.1",
                "--cores", "2", "--memory", "3g", "--webui-port", "" + freePort(), "--work-dir", dir.resolve("work").toString())));
        waitFor(() -> aliveWorkers() == 1, "a worker registered with the master");
    }

    @AfterAll
    static void stopCluster() throws InterruptedException {
        for (Process p : CLUSTER) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            p.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void anEnsembleOnTheClusterWritesTheSameSummaryAsLocalMode() throws Exception {
        Path cluster = dir.resolve("cluster");
        Path local = dir.resolve("local");
        assertEquals(0, corridor(cluster, "--master", "spark://127.0.0.1:" + masterPort, "--executor-memory", "1g"), () -> read(log(cluster)));
        assertEquals(0, corridor(local, "--master", "local[2]"), () -> read(log(local)));
        JsonNode c = new ObjectMapper().readTree(cluster.resolve("manifest.json").toFile());
        JsonNode l = new ObjectMapper().readTree(local.resolve("manifest.json").toFile());
        assertEquals("Apache Spark 4.2.0 on spark://127.0.0.1:" + masterPort, c.get("engine").asText());
        assertEquals(l.get("summary_sha256"), c.get("summary_sha256"));
        assertArrayEquals(Files.readAllBytes(local.resolve("summary.parquet")), Files.readAllBytes(cluster.resolve("summary.parquet")));
        assertTrue(Files.readString(log(cluster)).contains("8 runs"), Files.readString(log(cluster)));
    }

    /** Runs the packaged application as the launcher runs the Spark commands; returns its exit code. */
    static int corridor(Path out, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx2g"));
        command.addAll(opens());
        command.addAll(List.of("-cp", JAR + ":" + SPARK_JARS + "/*", "org.corridor.app.Main"));
        command.addAll(List.of(TINY));
        command.addAll(List.of(options));
        command.addAll(List.of("--out", out.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log(out).toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("corridor ensemble did not finish in 5 minutes: " + Files.readString(log(out)));
        }
        return p.exitValue();
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return file + ": " + e.getMessage();
        }
    }

    static Path log(Path out) {
        return out.resolveSibling(out.getFileName() + ".log");
    }

    static Process start(String name, List<String> mainAndArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m"));
        command.addAll(opens());
        command.addAll(List.of("-cp", SPARK_JARS + "/*"));
        command.addAll(mainAndArgs);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
        Map<String, String> env = pb.environment();
        env.put("SPARK_HOME", dir.resolve("spark-home").toString());
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        return pb.start();
    }

    static List<String> opens() {
        return List.of(org.corridor.spark.engine.SparkRunner.JAVA_17_OPENS.split(" "));
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** The master's count of alive workers, from its web UI's JSON; -1 while it does not answer. */
    static int aliveWorkers() {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUiPort + "/json/"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return new ObjectMapper().readTree(r.body()).path("aliveworkers").asInt(-1);
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    static void waitFor(java.util.function.BooleanSupplier condition, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " within 60 s; master log: " + Files.readString(dir.resolve("master.log"))
                        + (Files.exists(dir.resolve("worker.log")) ? "\nworker log: " + Files.readString(dir.resolve("worker.log")) : ""));
            }
            Thread.sleep(250);
        }
    }
}
