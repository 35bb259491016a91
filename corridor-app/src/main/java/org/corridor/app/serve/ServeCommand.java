package org.corridor.app.serve;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.corridor.app.web.WebServer;
import org.corridor.app.web.evidence.ValidationReports;
import org.corridor.app.web.runs.RunRetention;
import org.corridor.app.web.runs.RunService;
import org.corridor.evidence.Evidence;
import org.corridor.law.assessment.Assessor;
import org.corridor.sim.run.Simulation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code corridor serve}: the web planner, the legislation explorer and the JSON API on the bundled law. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Start the web server: the planner at /, the legislation explorer at /law, the scenario lab at /lab,",
            "the JSON API under /api/v1 (described at /api/openapi.json). Stop it with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "the port to listen on (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "the address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface)")
    String host;

    @Option(names = "--data", paramLabel = "DIR",
            description = "where the lab's simulation runs are kept, in runs/ (default: ~/.corridor); the planner itself stores nothing")
    Path data;

    @Option(names = "--max-runs", defaultValue = "1", paramLabel = "N",
            description = {"simulation runs at the same time; they share the machine's cores (default: ${DEFAULT-VALUE});",
                "0 for a lab that shows the runs stored in --data and starts none"})
    int maxRuns;

    @Option(names = "--max-queued", defaultValue = "8", paramLabel = "N",
            description = "runs waiting beyond those before requests are refused with 503 (default: ${DEFAULT-VALUE})")
    int maxQueued;

    @Option(names = "--keep-runs", defaultValue = "" + RunRetention.DEFAULT_KEEP, paramLabel = "N",
            description = {"finished runs and ensembles kept in --data, an ensemble counting as one (default: ${DEFAULT-VALUE}); when a new one",
                "is stored the oldest beyond N are deleted, but never one under way or the baseline of one kept"})
    int keepRuns;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port: " + port + " is not a port number (0-65535)");
        }
        Path dir = data != null ? data : Path.of(System.getProperty("user.home"), ".corridor");
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--data: " + dir + " is not a folder");
        }
        if (maxRuns < 0 || maxRuns > 64) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-runs: must be between 0 and 64, got " + maxRuns);
        }
        if (maxQueued < 0 || maxQueued > 1000) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-queued: must be between 0 and 1000, got " + maxQueued);
        }
        if (keepRuns < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--keep-runs: must be at least 1, got " + keepRuns);
        }
        RunService runs = new RunService(Simulation.embedded(), dir.resolve("runs"), dir.resolve("ensembles"), maxRuns, maxQueued, keepRuns);
        Javalin app = WebServer.create(Assessor.embedded(), runs, new ValidationReports(dir, Evidence.embedded()));
        app.start(host, port);
        spec.commandLine().getOut().println("Corridor is serving http://" + (host.equals("0.0.0.0") ? "localhost" : host) + ":" + app.port() + "/");
        spec.commandLine().getOut().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            runs.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
