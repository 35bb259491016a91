package org.corridor.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.corridor.app.Run;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code corridor serve}'s options: a bad value exits 2 with one line naming the option, before any server starts. */
class ServeCommandTest {
    @TempDir
    Path data;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "--keep-runs, 0",
        "--keep-runs, -5",
        "--keep-runs, many",
        "--keep-runs, 99999999999",
        "--max-runs, -1",
        "--max-runs, 65",
        "--max-queued, -1",
        "--port, 70000",
    })
    void aBadValueExits2NamingTheOption(String option, String value) {
        Run run = Run.of("serve", "--data", data.toString(), option, value);
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(option), run.err());
        assertTrue(run.err().contains(value), run.err());
        assertEquals("", run.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"--keep-runs", "--max-runs"})
    void theHelpSaysWhatTheOptionDoes(String option) {
        Run run = Run.of("serve", "--help");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains(option), run.out());
        assertTrue(run.out().contains("oldest beyond N are deleted"), run.out());
    }
}
