package org.corridor.app.web.runs;

import java.util.Locale;

/**
 * Where a run stands.
 *
 * @param progress the share of its months simulated, 0 to 1 (1 once done)
 * @param ahead runs queued before this one (0 unless queued)
 * @param message why a run failed, in words for the person who asked for it; empty otherwise
 */
public record RunStatus(RunId id, State state, double progress, int ahead, String message) {
    public enum State {
        QUEUED, RUNNING, DONE, FAILED;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static RunStatus queued(RunId id, int ahead) {
        return new RunStatus(id, State.QUEUED, 0, ahead, "");
    }

    public static RunStatus running(RunId id, double progress) {
        return new RunStatus(id, State.RUNNING, progress, 0, "");
    }

    public static RunStatus done(RunId id) {
        return new RunStatus(id, State.DONE, 1, 0, "");
    }

    public static RunStatus failed(RunId id, String message) {
        return new RunStatus(id, State.FAILED, 0, 0, message);
    }

    /** Queued or running: the answer will change. */
    public boolean pending() {
        return state == State.QUEUED || state == State.RUNNING;
    }
}
