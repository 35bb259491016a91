package org.corridor.app.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * The committed Uzbek Cyrillic bundle is what {@link UzbekCyrillicBundle} makes of the Latin one, so
 * that a change to the Latin bundle cannot be left out of the Cyrillic. With
 * {@code -Dcorridor.regenerate=true} this test writes the bundle instead of checking it.
 */
class UzbekCyrillicBundleTest {
    static final String REGENERATE = "mvn -B -q -pl corridor-app -am -Dtest=UzbekCyrillicBundleTest -Dsurefire.failIfNoSpecifiedTests=false -Dcorridor.regenerate=true test";
    private static final Path SOURCES = Path.of("src/main/resources");

    @Test
    void committedBundleIsTheGeneratedOne() throws IOException {
        String latin = Files.readString(SOURCES.resolve(UzbekCyrillicBundle.LATIN), StandardCharsets.UTF_8);
        String generated = UzbekCyrillicBundle.generate(latin);
        Path cyrillic = SOURCES.resolve(UzbekCyrillicBundle.CYRILLIC);
        if (Boolean.getBoolean("corridor.regenerate")) {
            Files.writeString(cyrillic, generated, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(cyrillic), "no " + cyrillic + "; generate it with: " + REGENERATE);
        assertEquals(generated, Files.readString(cyrillic, StandardCharsets.UTF_8),
                UzbekCyrillicBundle.CYRILLIC + " is not what the Latin bundle gives; regenerate it with: " + REGENERATE);
    }

    @Test
    void javaFindsTheBundleForTheTag() {
        ResourceBundle b = ResourceBundle.getBundle("org.corridor.app.text.messages", Locale.forLanguageTag("uz-Cyrl"),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        assertEquals(Locale.forLanguageTag("uz-Cyrl"), b.getLocale());
        assertEquals("йўқ", b.getString("plan.none"));
        assertEquals("yoʻq", ResourceBundle.getBundle("org.corridor.app.text.messages", Locale.forLanguageTag("uz")).getString("plan.none"));
    }

    @Test
    void datesAndWords() {
        Messages m = Messages.of("uz-Cyrl");
        assertEquals("2026 йил 31 октябр", m.date(LocalDate.of(2026, 10, 31)));
        String[] months = {"январ", "феврал", "март", "апрел", "май", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"};
        for (int i = 1; i <= 12; i++) {
            assertEquals("2026 йил 1 " + months[i - 1], m.date(LocalDate.of(2026, i, 1)));
        }
        assertEquals("КЕЧИКДИ: ҳозир нима қилиш кераклигини қаранг", m.get("state.missed"), "capitals and lower case kept, as in the Latin");
        assertEquals("3 кун", m.get("plan.days", 3));
        assertTrue(m.get("plan.regionDefaulted").contains("--region MOS, SPE") && m.get("plan.regionDefaulted").contains(" other)"),
                "the command line's option and values stay in Latin: " + m.get("plan.regionDefaulted"));
    }
}
