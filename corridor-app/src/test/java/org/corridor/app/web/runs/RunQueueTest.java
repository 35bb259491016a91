package org.corridor.app.web.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The run queue: its limit on runs at once, its order, its bound, and what it says of each run. */
class RunQueueTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private static RunId id(String name) {
        return new RunId(name);
    }

    /** A job that reports half its progress, then waits for the test to let it finish. */
    private static RunQueue.Job waitingFor(CountDownLatch release, AtomicInteger running, AtomicInteger mostAtOnce) {
        return progress -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            progress.accept(0.5);
            try {
                assertTrue(release.await(PATIENCE.toSeconds(), TimeUnit.SECONDS));
            } finally {
                running.decrementAndGet();
            }
        };
    }

    private static void await(RunQueue queue, RunId id, Predicate<RunStatus> condition) throws InterruptedException {
        long end = System.nanoTime() + PATIENCE.toNanos();
        while (!queue.status(id).map(condition::test).orElse(false)) {
            assertTrue(System.nanoTime() < end, "timed out waiting on " + id + ": " + queue.status(id));
            Thread.sleep(10);
        }
    }

    @Test
    void runsNoMoreThanTheLimitQueuesTheRestInOrderAndRefusesBeyondTheQueue() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        try (RunQueue queue = new RunQueue(1, 2)) {
            queue.submitAll(List.of(new RunQueue.Submission(id("a"), waitingFor(release, running, mostAtOnce))));
            await(queue, id("a"), s -> s.state() == RunStatus.State.RUNNING && s.progress() == 0.5);
            queue.submitAll(List.of(new RunQueue.Submission(id("b"), waitingFor(release, running, mostAtOnce)),
                    new RunQueue.Submission(id("c"), waitingFor(release, running, mostAtOnce))));
            assertEquals(RunStatus.queued(id("b"), 0), queue.status(id("b")).orElseThrow());
            assertEquals(RunStatus.queued(id("c"), 1), queue.status(id("c")).orElseThrow(), "one run ahead of it");

            RunQueue.Full full = assertThrows(RunQueue.Full.class,
                    () -> queue.submitAll(List.of(new RunQueue.Submission(id("d"), progress -> { }))));
            assertTrue(full.getMessage().contains("busy"), full.getMessage());
            assertTrue(queue.status(id("d")).isEmpty(), "a refused run is not remembered");
            queue.submitAll(List.of(new RunQueue.Submission(id("a"), progress -> { })));
            assertEquals(3, queue.all().size(), "a run under way is not queued twice");

            release.countDown();
            for (String name : List.of("a", "b", "c")) {
                await(queue, id(name), s -> s.state() == RunStatus.State.DONE);
            }
            assertEquals(1, mostAtOnce.get(), "never more than one at once");
            assertEquals(RunStatus.done(id("c")), queue.status(id("c")).orElseThrow());
        }
    }

    @Test
    void twoWorkersRunTwoAtOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        try (RunQueue queue = new RunQueue(2, 0)) {
            queue.submitAll(List.of(new RunQueue.Submission(id("a"), waitingFor(release, running, mostAtOnce)),
                    new RunQueue.Submission(id("b"), waitingFor(release, running, mostAtOnce))));
            await(queue, id("a"), s -> s.state() == RunStatus.State.RUNNING);
            await(queue, id("b"), s -> s.state() == RunStatus.State.RUNNING);
            assertThrows(RunQueue.Full.class, () -> queue.submitAll(List.of(new RunQueue.Submission(id("c"), progress -> { }))));
            release.countDown();
            await(queue, id("b"), s -> s.state() == RunStatus.State.DONE);
            assertEquals(2, mostAtOnce.get());
        }
    }

    @Test
    void aSubmissionThatDoesNotFitWhollyIsRefusedWhole() {
        try (RunQueue queue = new RunQueue(1, 0)) {
            assertThrows(RunQueue.Full.class, () -> queue.submitAll(List.of(new RunQueue.Submission(id("run"), progress -> { }),
                    new RunQueue.Submission(id("its-baseline"), progress -> { }))));
            assertTrue(queue.all().isEmpty());
        }
    }

    @Test
    void aFailedRunSaysWhyAndMayBeSubmittedAgain() throws Exception {
        try (RunQueue queue = new RunQueue(1, 0)) {
            queue.submitAll(List.of(new RunQueue.Submission(id("x"), progress -> {
                throw new IllegalStateException("the population file is missing");
            })));
            await(queue, id("x"), s -> s.state() == RunStatus.State.FAILED);
            assertEquals("the population file is missing", queue.status(id("x")).orElseThrow().message());
            queue.submitAll(List.of(new RunQueue.Submission(id("x"), progress -> { })));
            await(queue, id("x"), s -> s.state() == RunStatus.State.DONE);
        }
    }
}
