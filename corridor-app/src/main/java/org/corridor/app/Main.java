package org.corridor.app;


/** The {@code corridor} command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true"); // charts are drawn to files, never to a screen
        int code;
        try {
            code = run(args);
        } catch (OutOfMemoryError e) {
            // Only a large run gets here (by then its arrays are released): say what to do, not a stack trace.
            System.err.printf("corridor: out of memory (a Java heap of %.1f GB). A full-scale simulation needs 8 GB"
                    + " (docs/BENCHMARKS.md): give Java more with CORRIDOR_JAVA_OPTS=-Xmx8g, or run at a smaller --scale.%n",
                    Runtime.getRuntime().maxMemory() / 1e9);
            code = 1;
        }
        System.exit(code);
    }

    /** Runs the command line and returns its exit code: 0 done, 1 internal error, 2 bad input. */
    public static int run(String... args) {
        return CorridorCommand.commandLine().execute(args);
    }
}
