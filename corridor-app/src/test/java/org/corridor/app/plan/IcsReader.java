package org.corridor.app.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A calendar file as an independent parser reads it: Debian's python3-icalendar, through ics_events.py. */
public final class IcsReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private IcsReader() {
    }

    private static final String INSTALL = "The tests read calendar files with Debian's python3-icalendar: "
            + "install it with `apt-get install python3-icalendar` (.ci/run does)";

    /** Debian's Python, where python3-icalendar installs (a python3 earlier on the PATH, such as pyenv's, lacks it). */
    private static String python() {
        return new File("/usr/bin/python3").canExecute() ? "/usr/bin/python3" : "python3";
    }

    /** The file as python3-icalendar reads it, through ics_events.py. */
    public static JsonNode parse(byte[] ics) throws Exception {
        String script;
        try (InputStream in = IcsReader.class.getResourceAsStream("ics_events.py")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path err = Files.createTempFile("ics-events", ".err");
        try {
            Process p;
            try {
                p = new ProcessBuilder(python(), "-c", script).redirectError(err.toFile()).start();
            } catch (IOException noPython) {
                throw new AssertionError(INSTALL + " (no python3: " + noPython.getMessage() + ")", noPython);
            }
            try (OutputStream in = p.getOutputStream()) {
                in.write(ics);
            }
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("ics_events.py did not finish");
            }
            String stderr = Files.readString(err);
            if (p.exitValue() == 3) {
                fail(INSTALL + ": " + stderr.strip());
            }
            assertEquals(0, p.exitValue(), "python3-icalendar could not read the file: " + stderr + "\n" + new String(ics, StandardCharsets.UTF_8));
            return JSON.readTree(out);
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
