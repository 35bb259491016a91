package org.corridor.app.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;

import java.io.InputStreamReader;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.corridor.app.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The staging folders of {@link OutputDirectory}: a folder a dead writer left is removed by the next
 * output opened beside it, with a line in the log; a folder another writer is filling right now is
 * kept, whether that writer is another process (its lock) or this one, and however old the folder.
 */
class OutputDirectoryTest {
    private static final FileTime LONG_AGO = FileTime.from(Instant.now().minus(OutputDirectory.GRACE.multipliedBy(10)));

    @TempDir
    Path parent;

    @Test
    void theNextOutputRemovesWhatADeadWriterLeftAndSaysSo() throws Exception {
        Path unlocked = leftBehind(".run-a.partial-111", true);
        Path older = leftBehind(".run-b.partial-222", false); // an older Corridor's, without a lock file
        String log = LogCapture.capturingTheLog(() -> {
            try (OutputDirectory out = OutputDirectory.open(parent.resolve("run-c"))) {
                Files.writeString(out.path("manifest.json"), "{}");
                out.commit();
            }
        });
        assertFalse(Files.exists(unlocked));
        assertFalse(Files.exists(older));
        assertTrue(log.contains("removed .run-a.partial-111, the unfinished output of a run that stopped while writing it"), log);
        assertTrue(log.contains("removed .run-b.partial-222"), log);
        assertEquals(List.of("run-c"), names(parent), "only the finished output is left");
        assertEquals(List.of("manifest.json"), names(parent.resolve("run-c")), "no lock file in the output");
    }

    @Test
    void aFolderJustLeftIsKeptForItsGrace() throws Exception {
        // Unlocked and fresh: a writer between making its folder and locking it, or between unlocking and renaming.
        Path fresh = parent.resolve(".run-a.partial-333");
        Files.createDirectories(fresh);
        try (OutputDirectory out = OutputDirectory.open(parent.resolve("run-b"))) {
            assertTrue(Files.isDirectory(fresh));
        }
    }

    @Test
    void aFolderAnotherProcessIsWritingIsKeptUntilThatProcessDies() throws Exception {
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dslf4j.provider=org.slf4j.simple.SimpleServiceProvider",
                HoldsAnOutput.class.getName(), parent.resolve("theirs").toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Path theirs;
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                theirs = Path.of(lines.readLine());
            }
            Files.setLastModifiedTime(theirs, LONG_AGO); // old, but locked: the lock decides, not the age
            String log = LogCapture.capturingTheLog(() -> {
                try (OutputDirectory ours = OutputDirectory.open(parent.resolve("ours"))) {
                    assertTrue(Files.isDirectory(theirs), "a live writer's folder is kept");
                }
            });
            assertFalse(log.contains("removed"), log);

            writer.destroyForcibly(); // killed mid-write: its folder stays, its lock goes with it
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
            assertTrue(Files.isDirectory(theirs));
            Files.setLastModifiedTime(theirs, LONG_AGO);
            log = LogCapture.capturingTheLog(() -> OutputDirectory.open(parent.resolve("ours")).close());
            assertFalse(Files.exists(theirs), "a dead writer's folder is removed");
            assertTrue(log.contains("removed " + theirs.getFileName()), log);
        } finally {
            writer.destroyForcibly();
        }
    }

    @Test
    void aFolderThisProcessIsWritingIsKeptAndStillCommits() throws Exception {
        try (OutputDirectory first = OutputDirectory.open(parent.resolve("first"))) {
            Files.writeString(first.path("a.csv"), "a\n");
            Path staging = first.path("").toAbsolutePath().normalize();
            Files.setLastModifiedTime(staging, LONG_AGO);
            try (OutputDirectory second = OutputDirectory.open(parent.resolve("second"))) {
                assertTrue(Files.isDirectory(staging));
                second.commit();
            }
            first.commit();
        }
        assertEquals(List.of("a.csv"), names(parent.resolve("first")));
        assertEquals(List.of("first", "second"), names(parent));
    }

    /** A staging folder as a killed writer leaves it: a file half written, the lock file unlocked (or none), long untouched. */
    private Path leftBehind(String name, boolean withLockFile) throws Exception {
        Path dir = Files.createDirectories(parent.resolve(name));
        Files.writeString(dir.resolve("households.csv"), "id,size\n1,");
        if (withLockFile) {
            try (FileChannel c = FileChannel.open(dir.resolve(OutputDirectory.LOCK), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                // made and let go, as by a process that died
            }
        }
        Files.setLastModifiedTime(dir, LONG_AGO);
        return dir;
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
