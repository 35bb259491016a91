package org.corridor.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What browsers and other clients send as Accept-Language, well formed or not. */
class LanguageTest {
    @Test
    void wellFormedHeadersAreReadByWeight() {
        assertEquals(List.of("fr", "ru"), Language.accepted("fr, ru;q=0.8"));
        assertEquals(List.of("ru", "en"), Language.accepted("en;q=0.5, ru-RU;q=0.9, ru;q=0.8"));
        assertEquals(List.of("tg", "ru"), Language.accepted("tg-TJ,ru;q=0.9"));
    }

    /** A range with a script names the language in that script first, then the language in any script. */
    @Test
    void scriptsAreRead() {
        assertEquals(List.of("uz-Cyrl", "uz", "ru"), Language.accepted("uz-Cyrl-UZ, ru;q=0.5"));
        assertEquals(List.of("uz-Cyrl", "uz"), Language.accepted("uz_cyrl"));
        assertEquals(List.of("uz", "uz-Latn"), Language.accepted("uz, uz-Latn;q=0.9"));
        assertEquals("uz-Cyrl", Language.of("uz-Cyrl").code());
        assertEquals(java.util.Optional.of("uz-Cyrl"), org.corridor.app.text.Messages.code("UZ_CYRL"));
        assertEquals(java.util.Optional.empty(), org.corridor.app.text.Messages.code("uz-Latn"));
    }

    @Test
    void malformedRangesAreSkippedNotFatal() {
        assertEquals(List.of("en"), Language.accepted("en_US"));
        assertEquals(List.of("ru"), Language.accepted("ru_RU,ru;q=0.9"));
        assertEquals(List.of(), Language.accepted("en;q=abc"));
        assertEquals(List.of("uz"), Language.accepted("en;q=abc, uz"));
        assertEquals(List.of(), Language.accepted(";;;,,, *, q=1, 12345, <script>"));
        assertEquals(List.of("ky"), Language.accepted("en;q=0, ky;q=1.0, ru;q=7"));
    }
}
