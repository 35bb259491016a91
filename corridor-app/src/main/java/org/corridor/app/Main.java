package org.corridor.app;


/** The {@code corridor} command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true"); // charts are drawn to files, never to a screen
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code: 0 done, 1 internal error, 2 bad input. */
    public static int run(String... args) {
        return CorridorCommand.commandLine().execute(args);
    }
}
