package org.corridor.law.parameter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.corridor.law.calendar.Deadline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed parameter files get a message naming the file and the field. */
class LawLoaderTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static Parameter parse(String yaml) throws IOException {
        return LawLoader.parse("x.y", "x/y.yaml", YAML.readTree(yaml));
    }

    @Test
    void readsADatedDeadline() throws IOException {
        Parameter p = parse("""
                description: d
                description_ru: д
                unit: deadline
                values:
                  - {since: 2007-01-15, value: 3 working days, source: "Law"}
                  - {since: 2011-03-25, value: 7 working days, source: "003:816", assumption: true, note: why}
                """);
        assertEquals(new Deadline(3, Deadline.Unit.WORKING_DAYS), p.at(LocalDate.of(2011, 3, 24)).orElseThrow().value());
        assertEquals(new Deadline(7, Deadline.Unit.WORKING_DAYS), p.at(LocalDate.of(2011, 3, 25)).orElseThrow().value());
        assertTrue(p.at(LocalDate.of(2007, 1, 14)).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "description: d\\ndescription_ru: д\\nunit: furlongs\\nvalues: [{since: 2010-01-01, value: 1, source: s}]|unit: unknown unit 'furlongs'",
        "description: d\\ndescription_ru: д\\nunit: days\\nvalues: [{since: 2010-01-01, value: 1.5, source: s}]|values[0].value: expected a whole number",
        "description: d\\ndescription_ru: д\\nunit: days\\nvalues: [{since: 2010-13-01, value: 1, source: s}]|values[0].since: not an ISO date",
        "description: d\\ndescription_ru: д\\nunit: days\\nvalues: [{since: 2010-01-01, value: 1}]|values[0].source: missing",
        "description: d\\ndescription_ru: д\\nunit: days\\nvalues: [{since: 2010-01-01, value: 1, source: s, assumption: true}]|values[0].note: an assumption must say why",
        "description: d\\ndescription_ru: д\\nunit: days\\nvalues: [{since: 2010-01-01, value: 1, source: s, sorce: t}]|unknown key 'sorce'",
        "description: d\\ndescription_ru: д\\nunit: days\\nvalues: [{since: 2011-01-01, value: 1, source: s}, {since: 2010-01-01, value: 2, source: s}]|increasing 'since' order",
        "unit: days\\nvalues: [{since: 2010-01-01, value: 1, source: s}]|description: missing",
        "description: d\\nunit: days\\nvalues: [{since: 2010-01-01, value: 1, source: s}]|description_ru: missing: every parameter needs its description in Russian",
        "description: d\\ndescription_ru: \"  \"\\nunit: days\\nvalues: [{since: 2010-01-01, value: 1, source: s}]|description_ru: missing",
        "description: d\\ndescription_ru: Deadline\\nunit: days\\nvalues: [{since: 2010-01-01, value: 1, source: s}]|description_ru: not Russian text",
        "description: d\\ndescription_ru: [д]\\nunit: days\\nvalues: [{since: 2010-01-01, value: 1, source: s}]|description_ru: not Russian text",
        "description: d\\ndescription_ru: д\\nunit: RUB\\nvalues: [{since: 2010-01-01, value: {min: 5, max: 2}, source: s}]|exceeds maximum",
        "description: d\\ndescription_ru: д\\nunit: ban-scale\\nvalues: [{since: 2010-01-01, value: [{over_days: 30}], source: s}]|either years or months",
    })
    void rejectsMalformedFilesNamingTheField(String yaml, String message) {
        LawFileException e = assertThrows(LawFileException.class, () -> parse(yaml.replace("\\n", "\n")));
        assertTrue(e.getMessage().startsWith("x/y.yaml: "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void readsBothDescriptionsAndGivesTheReaderHisOwn() throws IOException {
        Parameter p = parse("description: Term of a work permit.\ndescription_ru: Срок действия разрешения на работу.\nunit: months\n"
                + "values: [{since: 2010-01-01, value: 12, source: s}]");
        assertEquals("Term of a work permit.", p.description().en());
        assertEquals("Срок действия разрешения на работу.", p.description().ru());
        assertEquals("Term of a work permit.", p.description().text("en"));
        for (String lang : new String[] {"ru", "tg", "ky", "uz"}) {
            assertEquals("Срок действия разрешения на работу.", p.description().text(lang), lang);
            assertEquals("ru", Description.language(lang), lang);
        }
        assertEquals("en", Description.language("fr"));
        assertEquals("en", Description.language(null));
    }

    @Test
    void aFolderWithAFileWithoutItsRussianDescriptionIsRefusedNamingTheFile(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("ru/stay"));
        Files.writeString(dir.resolve("ru/stay/days.yaml"), "description: d\nunit: days\nvalues: [{since: 2010-01-01, value: 90, source: s}]\n");
        LawFileException e = assertThrows(LawFileException.class, () -> LawLoader.load(dir));
        assertTrue(e.getMessage().startsWith("ru/stay/days.yaml: description_ru: missing"), e.getMessage());
    }

    @Test
    void loadsAFolderAndNamesParametersByPath(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("ru/stay"));
        Files.writeString(dir.resolve("ru/stay/days.yaml"), "description: d\ndescription_ru: д\nunit: days\nvalues: [{since: 2010-01-01, value: 90, source: s}]\n");
        Law law = LawLoader.load(dir);
        assertEquals(90, law.parameter("ru.stay.days").orElseThrow().values().get(0).value());
    }

    @Test
    void reportsBrokenYamlWithTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.yaml"), "description: [unclosed\n");
        LawFileException e = assertThrows(LawFileException.class, () -> LawLoader.load(dir));
        assertTrue(e.getMessage().startsWith("bad.yaml: yaml: "), e.getMessage());
    }
}
