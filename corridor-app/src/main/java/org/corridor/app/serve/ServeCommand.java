package org.corridor.app.serve;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.corridor.app.web.WebServer;
import org.corridor.law.assessment.Assessor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code corridor serve}: the web planner, the legislation explorer and the JSON API on the bundled law. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Start the web server: the planner at /, the legislation explorer at /law, the JSON API under /api/v1",
            "(described at /api/openapi.json). Stop it with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "the port to listen on (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "the address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface)")
    String host;

    @Option(names = "--data", paramLabel = "DIR",
            description = "where simulation runs will be kept (default: ~/.corridor); the planner itself stores nothing")
    Path data;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port: " + port + " is not a port number (0-65535)");
        }
        Path dir = data != null ? data : Path.of(System.getProperty("user.home"), ".corridor");
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--data: " + dir + " is not a folder");
        }
        Javalin app = WebServer.create(Assessor.embedded());
        app.start(host, port);
        spec.commandLine().getOut().println("Corridor is serving http://" + (host.equals("0.0.0.0") ? "localhost" : host) + ":" + app.port() + "/");
        spec.commandLine().getOut().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
