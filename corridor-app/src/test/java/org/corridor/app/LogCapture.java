package org.corridor.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What the log says while an action runs: slf4j-simple writes to standard error, which this borrows for the action. */
public final class LogCapture {
    private LogCapture() {
    }

    /** Something to run while the log is captured. */
    public interface Action {
        void run() throws Exception;
    }

    /** The log written during {@code action}; it is also passed on to the real standard error, so nothing is lost. */
    public static String capturingTheLog(Action action) throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        original.print(log);
        return log;
    }
}
