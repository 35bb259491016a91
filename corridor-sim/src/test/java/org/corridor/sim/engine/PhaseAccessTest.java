package org.corridor.sim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.corridor.sim.world.Households;
import org.corridor.sim.world.People;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Holds the phases' declarations ({@link Phase#access}) to the code and to the documents: every
 * array of the world belongs to one field; running a phase alone on a varied hand-made world changes
 * only the fields it declares it writes, and every field it declares is written; the table in each
 * phase's class comment and the table in docs/MODEL.md say the same as the declarations.
 */
class PhaseAccessTest {
    /**
     * Fields a phase declares it writes that the varied world does not show it writing, with the
     * reason.
     * <ul>
     *   <li>Migration: a departure clears the last stay's registration, authorisation and job, but the
     *       homecoming (or the expulsion) that ended that stay has cleared them already, so in a world
     *       whose people at home hold none of them the clearing changes nothing. The writes are
     *       declared because the code makes them (a world built otherwise would show them).</li>
     * </ul>
     */
    static final Map<String, Set<WorldField>> NOT_SEEN = Map.of(
            "Migration", EnumSet.of(WorldField.REGISTRATION, WorldField.AUTHORISATION, WorldField.EMPLOYMENT));

    static List<Phase> phases(World world) {
        return Phases.of(world);
    }

    static String name(Phase phase) {
        return phase.getClass().getSimpleName().replace("Phase", "");
    }

    @Test
    void everyArrayAndFlagBitOfTheWorldBelongsToExactlyOneField() {
        Map<String, WorldField> whole = new LinkedHashMap<>();
        Map<String, Integer> bits = new LinkedHashMap<>();
        for (WorldField f : WorldField.ALL) {
            for (WorldField.Column c : f.columns()) {
                String key = c.table() + "." + c.name();
                if (c.whole()) {
                    assertEquals(null, whole.put(key, f), key + " is in two fields");
                } else {
                    int before = bits.getOrDefault(key, 0);
                    assertEquals(0, before & c.bits(), key + ": a bit in two fields");
                    bits.put(key, before | c.bits());
                }
            }
        }
        for (Class<?> type : List.of(People.class, Households.class)) {
            WorldField.Table table = type == People.class ? WorldField.Table.PEOPLE : WorldField.Table.HOUSEHOLDS;
            for (Field field : type.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) || !field.getType().isArray()) {
                    continue;
                }
                String key = table + "." + field.getName();
                assertTrue(whole.containsKey(key) ^ bits.containsKey(key), key + " belongs to no field, or both whole and in bits");
                if (bits.containsKey(key)) {
                    assertEquals(0xFF, bits.get(key), key + ": every bit of a flag column belongs to a field");
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8})
    void aPhaseRunAloneWritesWhatItDeclaresAndNothingElse(int k) throws Exception {
        World world = VariedWorld.build();
        Phase phase = phases(world).get(k);
        Map<WorldField.Column, Object> before = snapshot(world);
        List<org.corridor.sim.output.Tally> tallies = HandWorld.run(world, List.of(phase));
        assertEquals(VariedWorld.MONTHS, tallies.size());
        Set<WorldField> written = changed(before, world);
        Set<WorldField> undeclared = EnumSet.noneOf(WorldField.class);
        undeclared.addAll(written);
        undeclared.removeAll(phase.access().writes());
        assertEquals(Set.of(), undeclared, name(phase) + " writes what it does not declare");
        Set<WorldField> unseen = EnumSet.noneOf(WorldField.class);
        unseen.addAll(phase.access().writes());
        unseen.removeAll(written);
        unseen.removeAll(NOT_SEEN.getOrDefault(name(phase), Set.of()));
        assertEquals(Set.of(), unseen, name(phase) + " declares writes the varied world does not show");
    }

    /** A copy of every array of the world's people and households (the chunks' lists live only in a run). */
    static Map<WorldField.Column, Object> snapshot(World world) throws ReflectiveOperationException {
        Map<WorldField.Column, Object> copies = new LinkedHashMap<>();
        for (WorldField f : WorldField.ALL) {
            for (WorldField.Column c : f.columns()) {
                Object array = array(world, c);
                if (array != null) {
                    int n = Array.getLength(array);
                    Object copy = Array.newInstance(array.getClass().getComponentType(), n);
                    System.arraycopy(array, 0, copy, 0, n);
                    copies.put(c, copy);
                }
            }
        }
        return copies;
    }

    static Set<WorldField> changed(Map<WorldField.Column, Object> before, World world) throws ReflectiveOperationException {
        Set<WorldField> written = EnumSet.noneOf(WorldField.class);
        for (WorldField f : WorldField.ALL) {
            for (WorldField.Column c : f.columns()) {
                Object now = array(world, c);
                Object then = before.get(c);
                if (now == null) {
                    continue;
                }
                if (c.whole()) {
                    if (!java.util.Objects.deepEquals(then, now)) {
                        written.add(f);
                    }
                } else {
                    byte[] a = (byte[]) then;
                    byte[] b = (byte[]) now;
                    for (int i = 0; i < a.length; i++) {
                        if (((a[i] ^ b[i]) & c.bits()) != 0) {
                            written.add(f);
                            break;
                        }
                    }
                }
            }
        }
        return written;
    }

    private static Object array(World world, WorldField.Column c) throws ReflectiveOperationException {
        return switch (c.table()) {
            case PEOPLE -> People.class.getField(c.name()).get(world.people());
            case HOUSEHOLDS -> Households.class.getField(c.name()).get(world.households());
            case CHUNK -> {
                Chunk.class.getMethod(c.name()); // the chunk's list exists
                yield null;
            }
        };
    }

    @Test
    void eachPhaseClassCommentHasItsDeclarations() throws IOException {
        World world = VariedWorld.build();
        List<String> wrong = new ArrayList<>();
        for (Phase phase : phases(world)) {
            String source = Files.readString(Path.of("src", "main", "java", phase.getClass().getName().replace('.', '/') + ".java"));
            String comment = source.substring(0, source.indexOf("public final class"));
            if (!listed(comment, "reads").equals(names(phase.access().reads()))) {
                wrong.add(name(phase) + " reads " + listed(comment, "reads") + " in its comment, declares " + names(phase.access().reads()));
            }
            if (!listed(comment, "writes").equals(names(phase.access().writes()))) {
                wrong.add(name(phase) + " writes " + listed(comment, "writes") + " in its comment, declares " + names(phase.access().writes()));
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** The fields on the comment's line " * reads   A, B" (continued on lines indented under the first field). */
    private static Set<String> listed(String comment, String word) {
        Set<String> fields = new TreeSet<>();
        String start = " * " + word;
        boolean in = false;
        for (String line : comment.split("\n")) {
            if (line.startsWith(start + " ")) {
                in = true;
                line = line.substring(start.length());
            } else if (!in || !line.startsWith(" *         ")) {
                in = false;
                continue;
            }
            for (String f : line.replace(" *", "").split(",")) {
                if (!f.isBlank()) {
                    fields.add(f.strip());
                }
            }
        }
        return fields;
    }

    private static Set<String> names(Set<WorldField> fields) {
        Set<String> names = new TreeSet<>();
        fields.forEach(f -> names.add(f.name()));
        return names;
    }

    /** The phases x fields table of docs/MODEL.md, section 1.3: R, W or RW by the declarations. */
    static String table(List<Phase> phases) {
        StringBuilder s = new StringBuilder("| field |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Phase phase : phases) {
            s.append(' ').append(name(phase)).append(" |");
            rule.append(":-:|");
        }
        s.append('\n').append(rule).append('\n');
        for (WorldField f : WorldField.ALL) {
            s.append("| `").append(f.name()).append("` |");
            for (Phase phase : phases) {
                String cell = (phase.access().reads().contains(f) ? "R" : "") + (phase.access().writes().contains(f) ? "W" : "");
                s.append(cell.isEmpty() ? " |" : " " + cell + " |");
            }
            s.append('\n');
        }
        return s.toString();
    }

    @Test
    void theModelDocumentsTableIsTheDeclarations() throws IOException {
        String model = Files.readString(Path.of("..", "docs", "MODEL.md"));
        String expected = table(phases(VariedWorld.build()));
        int at = model.indexOf("| field | Demography |");
        assertTrue(at >= 0, "docs/MODEL.md has no table of the phases' fields; it should read:\n" + expected);
        int end = at;
        while (end < model.length() && model.startsWith("|", end)) {
            end = model.indexOf('\n', end) + 1;
        }
        assertEquals(expected, model.substring(at, end), "docs/MODEL.md's table of the phases' fields differs from the declarations");
    }

    @Test
    void theModelDocumentNamesEveryFieldWithItsColumns() throws IOException {
        String model = Files.readString(Path.of("..", "docs", "MODEL.md"));
        List<String> wrong = new ArrayList<>();
        for (WorldField f : WorldField.ALL) {
            List<String> columns = new ArrayList<>();
            f.columns().forEach(c -> columns.add(c.toString()));
            String row = "| `" + f.name() + "` | " + String.join(", ", columns) + " | ";
            if (!model.contains(row)) {
                wrong.add(row);
            }
        }
        assertTrue(wrong.isEmpty(), "docs/MODEL.md's table of fields lacks these rows (field, columns, what it holds):\n" + String.join("\n", wrong));
    }
}
