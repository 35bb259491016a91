package org.corridor.app.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.corridor.app.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code corridor sensitivity} end to end at a tiny scale: a Morris screen, a Sobol analysis of what it screened, bad input. */
class SensitivityCommandTest {
    static final String[] TINY = {"--scenario", "no-ban-database", "--scale", "0.0003", "--from", "2014-01", "--to", "2014-12",
        "--burn-in", "3", "--outputs", "abroad,banned", "--origins", "TJ", "--years", "2014", "--engine", "loop", "--master", "local[2]", "--quiet"};

    @TempDir
    static Path dir;
    static Run morris;
    static Run sobol;

    @BeforeAll
    static void runBoth() {
        morris = Run.of(args("--method", "morris", "--trajectories", "2", "--out", dir.resolve("morris").toString()));
        sobol = Run.of(args("--method", "sobol", "--screen", dir.resolve("morris").toString(), "--samples", "4", "--out",
                dir.resolve("sobol").toString()));
    }

    static String[] args(String... head) {
        return Stream.concat(Stream.concat(Stream.of("sensitivity"), Stream.of(head)), Stream.of(TINY)).toArray(String[]::new);
    }

    @Test
    void aMorrisScreenRanksEveryParameterAgainstTheSeedsNoise() throws Exception {
        assertEquals(0, morris.exitCode(), morris.err());
        JsonNode m = new ObjectMapper().readTree(dir.resolve("morris/manifest.json").toFile());
        int factors = m.get("parameter_space_factors").asInt();
        assertTrue(factors > 100);
        assertEquals(2 * (factors + 2) * 2, m.get("runs").asInt(), "r (k + 1) points with the dummy, scenario and baseline");
        assertTrue(morris.out().contains(m.get("runs").asInt() + " runs"), morris.out());
        List<String> screen = Files.readAllLines(dir.resolve("morris/screen.csv"));
        assertTrue(screen.stream().anyMatch(l -> l.startsWith("difference,1,")), "the scenario's answer is ranked");
        assertTrue(screen.stream().anyMatch(l -> l.contains("(dummy: the random seed)")), "the noise floor is in the table");
        List<String> indices = Files.readAllLines(dir.resolve("morris/indices.csv"));
        assertEquals("answer,output,rank,factor,mu,mu_star,sigma,mu_star_low,mu_star_high", indices.get(0));
        assertEquals(1 + 3 * 2 * (factors + 1), indices.size(), "baseline, scenario and difference, two outputs, every factor and the dummy");
        assertTrue(Files.size(dir.resolve("morris/ranking.png")) > 1000);
        assertEquals(m.get("runs").asInt() + 1, Files.readAllLines(dir.resolve("morris/runs.csv")).size());
    }

    @Test
    void aSobolAnalysisTakesTheTopTenOfTheScreen() throws Exception {
        assertEquals(0, sobol.exitCode(), sobol.err());
        JsonNode m = new ObjectMapper().readTree(dir.resolve("sobol/manifest.json").toFile());
        assertEquals(10, m.get("factors").size());
        List<String> screen = Files.readAllLines(dir.resolve("morris/screen.csv"));
        String first = screen.stream().filter(l -> l.startsWith("difference,1,")).findFirst().orElseThrow().split(",")[2];
        assertEquals(first, m.get("factors").get(0).asText());
        int groups = m.get("factors").size();
        assertEquals(4 * (groups + 2) * 2, m.get("runs").asInt(), "N (g + 2) points, scenario and baseline");
        List<String> indices = Files.readAllLines(dir.resolve("sobol/indices.csv"));
        assertEquals("answer,output,rank,factor,first,first_low,first_high,total,total_low,total_high", indices.get(0));
    }

    @Test
    void badInputIsOneLineNamingTheOptionWithExitCode2() {
        Path out = dir.resolve("bad");
        for (String[] bad : List.of(new String[] {"--method", "fast"}, new String[] {"--outputs", "happiness"},
                new String[] {"--years", "1990"}, new String[] {"--samples", "100"}, new String[] {"--levels", "3"},
                new String[] {"--factors", "no.such_parameter"}, new String[] {"--origins", "KZ"})) {
            String[] argv = Stream.of(Stream.of("sensitivity"), Stream.of(bad),
                    Stream.of(bad[0].equals("--method") ? new String[0] : new String[] {"--method", bad[0].equals("--factors") || bad[0].equals("--samples") ? "sobol" : "morris"}),
                    Stream.of("--scale", "0.0003", "--engine", "loop", "--out", out.toString())).flatMap(s -> s).toArray(String[]::new);
            Run r = Run.of(argv);
            assertEquals(2, r.exitCode(), String.join(" ", argv) + ": " + r.err());
            assertTrue(r.err().startsWith("corridor sensitivity: " + bad[0]), r.err());
        }
        assertFalse(Files.exists(out));
    }
}
