package org.corridor.app;

import java.io.PrintWriter;
import org.corridor.app.evidence.CalibrateCommand;
import org.corridor.app.evidence.ValidateCommand;
import org.corridor.app.plan.PlanCommand;
import org.corridor.app.serve.ServeCommand;
import org.corridor.app.simulate.BenchCommand;
import org.corridor.app.simulate.CompareCommand;
import org.corridor.app.simulate.SimulateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code corridor} command; its subcommands do the work. */
@Command(name = "corridor",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {"Corridor: the Central Asia labour migration corridor's law as code, and the corridor simulated.",
            "Run 'corridor serve' for the web planner, 'corridor plan --help' for the planner on the command line,",
            "'corridor simulate --help' to run a scenario, 'corridor compare --help' to compare two runs,",
            "'corridor ensemble --help' to run a scenario as an ensemble with bands,",
            "'corridor translations --help' to review the translations with native speakers."},
        subcommands = {ServeCommand.class, PlanCommand.class, SimulateCommand.class, CompareCommand.class, BenchCommand.class,
            CalibrateCommand.class, ValidateCommand.class, org.corridor.app.ensemble.EnsembleCommand.class,
            org.corridor.app.sensitivity.SensitivityCommand.class, org.corridor.app.translate.TranslationsCommand.class,
            CommandLine.HelpCommand.class})
public final class CorridorCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The configured command line: one-line errors with exit code 2 for bad input, no stack traces. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new CorridorCommand());
        // the descriptions are written as lines of up to about 110 characters; at picocli's default 80 each would break in two
        cl.setUsageHelpWidth(120);
        cl.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println(e.getCommandLine().getCommandSpec().qualifiedName() + ": " + e.getMessage());
            err.flush();
            return CommandLine.ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println(commandLine.getCommandSpec().qualifiedName() + ": internal error: " + e);
            if (System.getenv("CORRIDOR_DEBUG") != null) {
                e.printStackTrace(err);
            }
            err.flush();
            return CommandLine.ExitCode.SOFTWARE;
        });
        return cl;
    }
}
