package org.corridor.app.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.YearMonth;
import org.corridor.app.simulate.OutputDirectory;
import org.corridor.app.simulate.RunBounds;
import picocli.CommandLine;

/**
 * The checks the run commands share on their options. Each failure is picocli's parameter error,
 * which the launcher prints as one line naming the option, with exit code 2.
 */
public final class OptionChecks {
    private final CommandLine.Model.CommandSpec spec;

    public OptionChecks(CommandLine.Model.CommandSpec spec) {
        this.spec = spec;
    }

    public CommandLine.ParameterException bad(String option, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), option + ": " + message);
    }

    /** A month as YYYY-MM, or the fallback when the option was not given. */
    public YearMonth month(String option, String text, YearMonth fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return RunBounds.month(text);
        } catch (IllegalArgumentException e) {
            throw bad(option, e.getMessage());
        }
    }

    /** Checks, before a long run, that an output directory can be made there (it must not exist, or be empty). */
    public void writableOutput(String option, Path out) {
        try (OutputDirectory probe = OutputDirectory.open(out)) {
            // Opened only to check; the writer opens its own when the run is done.
        } catch (FileAlreadyExistsException e) {
            throw bad(option, out + " " + e.getReason());
        } catch (IOException e) {
            throw bad(option, e.getMessage());
        }
    }

    /** A scale above 0 and at most 1. */
    public double scale(String option, double scale) {
        if (!(scale > 0 && scale <= 1)) {
            throw bad(option, "must be above 0 and at most 1, got " + scale);
        }
        return scale;
    }

    /** Worker threads, by default the number of cores. */
    public int threads(String option, Integer threads) {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || workers > 256) {
            throw bad(option, "must be between 1 and 256, got " + workers);
        }
        return workers;
    }
}
