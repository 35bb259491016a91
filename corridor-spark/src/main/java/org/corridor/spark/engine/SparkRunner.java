package org.corridor.spark.engine;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.corridor.spark.ensemble.ReplicaTask;

/**
 * Runs replicas as Spark tasks, one replica a task: each builds its world on an executor, runs it and
 * returns its tallies, which the driver collects. One Spark context serves every job of the runner,
 * from {@link #warmUp} (or the first job) to {@link #close}. In local mode nothing needs installing; on a
 * cluster the executors get Corridor's classes from {@code jars} (the application jar).
 *
 * <p>The only class of Corridor that touches Spark's API, so that the commands that do not use Spark
 * never load it.
 */
public final class SparkRunner implements ReplicaRunner {
    /** What Spark needs opened on Java 17 (as Spark's own launcher scripts pass). */
    public static final String JAVA_17_OPENS = String.join(" ", "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED", "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.net=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
            "--add-opens=java.base/sun.security.action=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED");

    private final SparkMaster master;
    private final int partitions;
    private final List<String> jars;
    private final String executorMemory;
    private CompletableFuture<JavaSparkContext> context;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile Progress progress = Progress.NONE;

    /**
     * @param partitions how many partitions the replicas are spread over; 0 for one replica each
     * @param jars the jars holding Corridor's classes, shipped to a cluster's executors
     * @param executorMemory Spark's executor memory ({@code 2g}), or null for Spark's default
     */
    public SparkRunner(SparkMaster master, int partitions, List<String> jars, String executorMemory) {
        if (partitions < 0) {
            throw new IllegalArgumentException("partitions must be 0 (one per replica) or more, got " + partitions);
        }
        this.master = master;
        this.partitions = partitions;
        this.jars = List.copyOf(jars);
        this.executorMemory = executorMemory;
    }

    /**
     * The runner, typed as the interface: a caller that names only this method does not load Spark's
     * classes until it calls it (picocli builds every command at start-up; {@code corridor plan} must not
     * pay for Spark).
     */
    public static ReplicaRunner on(SparkMaster master, int partitions, List<String> jars, String executorMemory) {
        return new SparkRunner(master, partitions, jars, executorMemory);
    }

    /** Whether Spark's classes are on the class path (the launcher adds them for the commands that use Spark). */
    public static boolean available() {
        try {
            Class.forName("org.apache.spark.SparkContext", false, SparkRunner.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Override
    public String engine() {
        return "Apache Spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION() + " on " + master.url();
    }

    /**
     * Starts the Spark context in the background, so that it comes up while the driver reads its
     * inputs and plans the replicas; {@link #run} waits for it.
     */
    @Override
    public synchronized void warmUp() {
        if (context == null) {
            context = new CompletableFuture<>();
            Thread starter = new Thread(() -> {
                try {
                    context.complete(start());
                } catch (RuntimeException | Error e) {
                    context.completeExceptionally(e);
                }
            }, "spark-context-start");
            starter.setDaemon(true);
            starter.start();
        }
    }

    private JavaSparkContext start() {
        SparkConf conf = new SparkConf().setMaster(master.url()).setAppName("corridor")
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false")
                // A replica's tallies are about 8 MB for 22 years; the driver keeps them all (the command checks its heap).
                .set("spark.driver.maxResultSize", "0")
                .set("spark.executor.extraJavaOptions", JAVA_17_OPENS);
        if (master.isLoopback()) {
            conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
        }
        if (executorMemory != null) {
            conf.set("spark.executor.memory", executorMemory);
        }
        if (!master.isLocal()) {
            conf.setJars(jars.toArray(new String[0]));
        }
        JavaSparkContext sc = new JavaSparkContext(conf);
        sc.setLogLevel("WARN");
        sc.sc().addSparkListener(new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                if (end.taskInfo().successful()) {
                    Progress p = progress;
                    p.replicaDone(done.incrementAndGet(), total);
                }
            }
        });
        return sc;
    }

    /** The context, one for every job of this runner (a calibration runs one job a generation). */
    private JavaSparkContext context() {
        master.checkReachable();
        warmUp();
        try {
            return context.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    @Override
    public synchronized <R extends Serializable> List<R> run(List<ReplicaTask> tasks, Reduction<R> reduction, Progress progress) {
        JavaSparkContext sc = context();
        this.done.set(0);
        this.total = tasks.size();
        this.progress = progress;
        int slices = partitions > 0 ? partitions : tasks.size();
        // collect() returns the partitions in order, so the results come back in the tasks' order
        return new ArrayList<>(sc.parallelize(tasks, slices).map(new RunReplica<>(reduction)).collect());
    }

    @Override
    public synchronized void close() {
        if (context != null) {
            try {
                context.join().close();
            } catch (CompletionException e) {
                // it never started: nothing to stop
            }
            context = null;
        }
    }

    /** The function each task applies: a named class, so that what is shipped is plain and small. */
    static final class RunReplica<R> implements Function<ReplicaTask, R> {
        private static final long serialVersionUID = 1L;
        private final Reduction<R> reduction;

        RunReplica(Reduction<R> reduction) {
            this.reduction = reduction;
        }

        @Override
        public R call(ReplicaTask task) {
            return reduction.apply(task.run());
        }
    }
}
