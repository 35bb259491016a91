package org.corridor.evidence.outputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.corridor.evidence.observation.Period;
import org.corridor.sim.yaml.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnsembleDirectoryTest {
    @TempDir
    Path dir;

    private Path ensemble(String name, String manifest) throws IOException {
        Path d = Files.createDirectories(dir.resolve(name).resolve("replicas"));
        Files.writeString(d.resolve("series.parquet"), "");
        Files.writeString(d.resolve("households.parquet"), "");
        Files.writeString(d.getParent().resolve("manifest.json"), manifest);
        return d.getParent();
    }

    private static String manifest(String kind, String baseline) {
        return "{\"kind\":\"" + kind + "\",\"spec\":{\"scenario\":\"no-ban-database\",\"baseline\":" + baseline + ",\"replicas\":3,"
                + "\"parameter_draws\":2,\"seed\":5,\"scale\":0.002,\"from\":\"2008-01\",\"to\":\"2017-12\"}}";
    }

    @Test
    void theBaselineArmIsValidatedWhenThereIsOneAndTheScenarioArmOtherwise() throws IOException {
        EnsembleDirectory with = EnsembleDirectory.open(ensemble("with", manifest("ensemble", "\"baseline\"")));
        assertEquals("baseline", with.arm());
        assertEquals("baseline", with.armScenario());
        assertEquals(6, with.runsPerArm(), "3 seeds x 2 draws");
        EnsembleDirectory alone = EnsembleDirectory.open(ensemble("alone", manifest("ensemble", "null")));
        assertNull(alone.baseline());
        assertEquals("scenario", alone.arm());
        assertEquals("no-ban-database", alone.armScenario());
        assertTrue(alone.covers(new Period(2008, 2017)));
        assertFalse(alone.covers(new Period(2007, 2017)));
        assertFalse(alone.covers(new Period(2008, 2018)));
    }

    @Test
    void whatIsNotAnEnsembleIsRefusedNamingTheFile() throws IOException {
        Path run = ensemble("run", "{\"scenario\":\"baseline\",\"seed\":1}");
        InputError notEnsemble = assertThrows(InputError.class, () -> EnsembleDirectory.open(run));
        assertTrue(notEnsemble.getMessage().startsWith(run.resolve("manifest.json") + ": kind: missing"), notEnsemble.getMessage());
        assertThrows(NoSuchFileException.class, () -> EnsembleDirectory.open(dir.resolve("nothing")));
        Path noTables = ensemble("no-tables", manifest("ensemble", "null"));
        Files.delete(noTables.resolve(EnsembleDirectory.SERIES));
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> EnsembleDirectory.open(noTables));
        assertTrue(e.getFile().endsWith("series.parquet"), e.getFile());
        Path badMonth = ensemble("bad-month", manifest("ensemble", "null").replace("2017-12", "2017-13"));
        assertTrue(assertThrows(InputError.class, () -> EnsembleDirectory.open(badMonth)).getMessage().contains("spec.to"));
    }
}
