package org.corridor.evidence.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corridor.sim.yaml.InputError;
import org.junit.jupiter.api.Test;

class CsvTableTest {
    @Test
    void rowsRememberTheirLinesEvenAfterAQuotedLineBreak() {
        CsvTable t = CsvTable.parse("t.csv", "a,b\n1,\"x\ny\"\n2,z\n", List.of("a", "b"));
        assertEquals(2, t.rows().size());
        assertEquals(2, t.rows().get(0).line());
        assertEquals(4, t.rows().get(1).line());
        assertEquals("x\ny", t.rows().get(0).text("b"));
    }

    @Test
    void aMissingColumnIsNamed() {
        InputError e = assertThrows(InputError.class, () -> CsvTable.parse("t.csv", "a\n1\n", List.of("a", "b")));
        assertTrue(e.getMessage().startsWith("t.csv:1: b: missing column"), e.getMessage());
    }

    @Test
    void aBadNumberNamesFileLineAndColumn() {
        CsvTable t = CsvTable.parse("t.csv", "a,b\n1,2\nthree,4\n", List.of("a", "b"));
        assertEquals(1.0, t.rows().get(0).number("a"));
        InputError e = assertThrows(InputError.class, () -> t.rows().get(1).number("a"));
        assertEquals("t.csv:3: a: expected a number, got 'three'", e.getMessage());
    }

    @Test
    void blankOptionalNumbersAreNaNAndBlankRequiredTextIsRefused() {
        CsvTable t = CsvTable.parse("t.csv", "a,b\n1,\n", List.of("a", "b"));
        assertTrue(Double.isNaN(t.rows().get(0).optionalNumber("b")));
        assertThrows(InputError.class, () -> t.rows().get(0).text("b"));
    }

    @Test
    void aRowWithTooManyCellsIsMalformed() {
        InputError e = assertThrows(InputError.class, () -> CsvTable.parse("t.csv", "a,b\n1,2,3\n", List.of("a", "b")));
        assertTrue(e.getMessage().startsWith("t.csv:2: malformed CSV"), e.getMessage());
    }
}
