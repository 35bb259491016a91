package org.corridor.app.ensemble;

import java.io.PrintWriter;
import java.io.Serializable;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.corridor.spark.engine.Reduction;
import org.corridor.spark.engine.ReplicaRunner;
import org.corridor.spark.ensemble.ReplicaTask;

/** Runs replicas with a progress bar of replicas done on the terminal, when there is one. */
public final class Progress {
    private Progress() {
    }

    public static <R extends Serializable> List<R> run(ReplicaRunner runner, List<ReplicaTask> tasks, Reduction<R> reduction, String task,
                                               PrintWriter terminal) {
        if (terminal == null) {
            return runner.run(tasks, reduction, ReplicaRunner.Progress.NONE);
        }
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(tasks.size()).setUnit(" replicas", 1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).build()) {
            return runner.run(tasks, reduction, (done, total) -> bar.stepTo(done));
        }
    }
}
