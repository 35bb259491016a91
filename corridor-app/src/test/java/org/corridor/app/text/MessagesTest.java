package org.corridor.app.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.corridor.law.assessment.NoticeKind;
import org.corridor.law.assessment.ObligationId;
import org.corridor.law.assessment.ObligationState;
import org.corridor.law.assessment.StatusCode;
import org.corridor.law.assessment.ViolationKind;
import org.corridor.law.parameter.DatedValue;
import org.corridor.law.parameter.LawLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every language has every string, for every id the law can produce. */
class MessagesTest {
    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/corridor/app/text/messages" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyLanguageHasEveryEnglishKeyAndValidPatterns() throws IOException {
        Set<String> english = new TreeSet<>(bundle("").stringPropertyNames());
        for (String lang : Messages.LANGUAGES) {
            Properties p = bundle(lang.equals("en") ? "" : "_" + lang.replace('-', '_'));
            assertEquals(english, new TreeSet<>(p.stringPropertyNames()), lang);
            for (String key : english) {
                String value = p.getProperty(key);
                if (value.contains("{")) {
                    new java.text.MessageFormat(value); // throws on a broken pattern
                    for (String placeholder : java.util.List.of("{0", "{1")) {
                        assertEquals(bundle("").getProperty(key).contains(placeholder), value.contains(placeholder), lang + " " + key);
                    }
                }
            }
        }
    }

    @Test
    void everyIdTheLawProducesHasAString() throws IOException {
        Set<String> keys = bundle("").stringPropertyNames();
        for (StatusCode s : StatusCode.values()) {
            assertTrue(keys.contains("status." + s.key()) && keys.contains("status." + s.key() + ".help"), s.key());
        }
        for (ObligationState s : ObligationState.values()) {
            assertTrue(keys.contains("state." + s.key()), s.key());
        }
        for (ObligationId id : ObligationId.values()) {
            assertTrue(keys.contains("obligation." + id.key()), id.key());
        }
        for (ViolationKind v : ViolationKind.values()) {
            assertTrue(keys.contains("violation." + v.key()), v.key());
        }
        for (NoticeKind n : NoticeKind.values()) {
            assertTrue(keys.stream().anyMatch(k -> k.equals("notice." + n.key()) || k.startsWith("notice." + n.key() + ".")), n.key());
        }
        @SuppressWarnings("unchecked")
        List<String> gates = (List<String>) LawLoader.embedded().parameter("kg-internal.registration.gates").orElseThrow().values().get(0).value();
        for (String g : gates) {
            assertTrue(keys.contains("gate." + g), g);
        }
    }

    /** A word of the law files' fixed vocabularies without its string would reach the page as a raw key. */
    @ParameterizedTest
    @CsvSource({
        "ru.register.restrictions, restriction.",
        "ru.register.duties, duty.",
        "ru.register.removal_grounds, removal.",
        "ru.work.occupations, occupation.",
        "ru.entry.biometrics, notice.biometrics-at-entry.",
        "ru.entry.application, notice.entry-application.",
    })
    void everyWordOfTheLawsVocabulariesHasAString(String parameter, String prefix) throws IOException {
        Set<String> keys = bundle("").stringPropertyNames();
        List<DatedValue> values = LawLoader.embedded().parameter(parameter).orElseThrow().values();
        int words = 0;
        for (DatedValue v : values) {
            List<?> list = v.value() instanceof List<?> l ? l : DatedValue.isAbsence(v.value()) ? List.of() : List.of(v.value());
            for (Object word : list) {
                assertTrue(keys.contains(prefix + word), parameter + ": '" + word + "' has no string " + prefix + word);
                words++;
            }
        }
        assertTrue(words > 0, parameter + " holds no words");
    }

    @Test
    void formatsMoneyForTheLanguage() {
        assertEquals("22,000 RUB", Messages.of("en").money(org.corridor.law.money.Money.of(22000, "RUB")));
        assertEquals("2,000\u20135,000 RUB", Messages.of("en").money(org.corridor.law.money.MoneyRange.of(2000, 5000, "RUB")));
    }
}
