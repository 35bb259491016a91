package org.corridor.app.ensemble;

import java.util.List;
import org.corridor.app.cli.OptionChecks;
import org.corridor.spark.engine.LoopRunner;
import org.corridor.spark.engine.ReplicaRunner;
import org.corridor.spark.engine.SparkMaster;
import org.corridor.spark.engine.SparkRunner;
import picocli.CommandLine.Option;

/** Where replicas run: the options every command that runs many replicas shares (a picocli mixin). */
public final class EngineOptions {
    @Option(names = "--master", defaultValue = "local[*]", paramLabel = "URL",
            description = "Spark's master: local[N], local[*], spark://HOST:PORT, yarn, k8s://... (default: ${DEFAULT-VALUE})")
    String master;

    @Option(names = "--partitions", defaultValue = "0", paramLabel = "P", description = "partitions of the replicas; 0 is one each (default: ${DEFAULT-VALUE})")
    int partitions;

    @Option(names = "--executor-memory", paramLabel = "SIZE", description = "Spark's memory per executor, such as 2g (default: Spark's)")
    String executorMemory;

    @Option(names = "--engine", defaultValue = "spark", paramLabel = "spark|loop",
            description = "spark, or loop: the same replicas in a plain loop in this JVM, as many at once as --master's cores (default: ${DEFAULT-VALUE})")
    String engine;

    @Option(names = "--threads-per-replica", defaultValue = "1", paramLabel = "T", description = "threads each replica uses (default: ${DEFAULT-VALUE})")
    int threadsPerReplica;

    public int threadsPerReplica() {
        return threadsPerReplica;
    }

    /** Checks the options and returns the runner; a standalone master must answer before anything is built. */
    public ReplicaRunner runner(OptionChecks check) {
        if (threadsPerReplica < 1 || threadsPerReplica > 64) {
            throw check.bad("--threads-per-replica", "must be between 1 and 64, got " + threadsPerReplica);
        }
        if (partitions < 0 || partitions > 20_000) {
            throw check.bad("--partitions", "must be between 0 and 20000, got " + partitions);
        }
        if (!engine.equals("spark") && !engine.equals("loop")) {
            throw check.bad("--engine", "expected spark or loop, got '" + engine + "'");
        }
        SparkMaster sparkMaster;
        try {
            sparkMaster = new SparkMaster(master);
        } catch (IllegalArgumentException e) {
            throw check.bad("--master", e.getMessage());
        }
        if (executorMemory != null && !executorMemory.matches("[1-9][0-9]{0,5}[mMgG]")) {
            throw check.bad("--executor-memory", "expected a size such as 512m or 2g, got '" + executorMemory + "'");
        }
        if (engine.equals("loop")) {
            int cores = master.matches("local\\[[0-9]+]") ? Integer.parseInt(master.replaceAll("\\D", "")) : Runtime.getRuntime().availableProcessors();
            return new LoopRunner(cores);
        }
        if (!SparkRunner.available()) {
            throw check.bad("--engine", "Apache Spark is not on the class path; run through ./corridor, which adds it, or use --engine loop");
        }
        try {
            sparkMaster.checkReachable(); // before Spark's own retries, which take minutes
        } catch (IllegalArgumentException e) {
            throw check.bad("--master", e.getMessage());
        }
        // corridor.jar holds everything a replica needs but Spark, which a cluster's executors have
        String jar = EngineOptions.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        return SparkRunner.on(sparkMaster, partitions, List.of(jar), executorMemory);
    }
}
