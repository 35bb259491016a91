package org.corridor.app.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The interface's texts, the advice texts and the pending changes' words use the glossary's terms: no term the glossary marks as
 * wrong for a concept in a language, and no concept named with a second term.
 */
class GlossaryTest {
    /**
     * The languages the texts are written in. Uzbek Cyrillic is generated from the Uzbek Latin by a
     * tested transliteration (UzbekCyrillicBundleTest), so its terms are checked through the Latin.
     */
    private static final List<String> WRITTEN = Messages.LANGUAGES.stream().filter(l -> !l.equals("uz-Cyrl")).toList();

    /**
     * Origin-government and Russian-government sites, Kazakhstan's legal database (the rule is in the glossary's header),
     * and the Russian legal reference databases consultant.ru, garant.ru (base.garant.ru) and docs.cntd.ru: not official
     * publications but reproductions of the official text of an act, accepted only for the act's own text and said so in
     * the term's source.
     */
    private static final List<String> OFFICIAL = List.of("migration.tj", "mehnat.tj", "adlia.tj", "ssm.gov.kg", "migrant.gov.kg",
            "cbd.minjust.gov.kg", "mfa.gov.kg", "www.gov.kg", "mehnat.uz", "migration.uz", "lex.uz", "adliya.uz",
            "мвд.рф", "xn--b1aew.xn--p1ai", "gosuslugi.ru", "pravo.gov.ru", "kremlin.ru", "government.ru", "adilet.zan.kz",
            // reproductions of the official text of Russian acts (commercial legal databases)
            "consultant.ru", "garant.ru", "docs.cntd.ru");

    static Map<String, String> bundle(String language) throws IOException {
        Properties p = new Properties();
        String suffix = language.equals("en") ? "" : "_" + language;
        try (InputStream in = GlossaryTest.class.getResourceAsStream("/org/corridor/app/text/messages" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> m = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return m;
    }

    /** Every advice text in a language, keyed advice/<id>/<field path>; contact names stay as their pages give them. */
    static Map<String, String> advice(String language) throws IOException {
        JsonNode root;
        try (InputStream in = GlossaryTest.class.getClassLoader().getResourceAsStream("corridor/advice/advice.yaml")) {
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        Map<String, String> m = new TreeMap<>();
        for (String section : List.of("contacts", "situations")) {
            for (JsonNode item : root.path(section)) {
                collect(item, "advice/" + item.path("id").asText(), language, m);
            }
        }
        return m;
    }

    /** The words of every pending change in a language where it has them, keyed pending/<id>/<field>. */
    static Map<String, String> pending(String language) {
        Map<String, String> m = new TreeMap<>();
        for (org.corridor.law.review.Review r : org.corridor.law.review.Reviews.embedded().all().values()) {
            for (org.corridor.law.review.PendingChange p : r.pending()) {
                if (p.languageFor(language).equals(language)) {
                    org.corridor.law.review.PendingChange.Text t = p.text(language);
                    String key = "pending/" + p.id() + "/";
                    m.put(key + "title", t.title());
                    m.put(key + "act", t.act());
                    m.put(key + "status", t.status());
                    m.put(key + "would", t.would());
                }
            }
        }
        return m;
    }

    private static void collect(JsonNode node, String path, String language, Map<String, String> out) {
        if (node.isObject()) {
            if (node.has(language) && node.get(language).isTextual() && Messages.LANGUAGES.stream().filter(node::has).count() > 1) {
                out.put(path, node.get(language).asText());
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (!f.getKey().equals("name")) {
                    collect(f.getValue(), path + "/" + f.getKey(), language, out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", language, out);
            }
        }
    }

    @Test
    void everyConceptHasEveryLanguageAndVerifiedTermsCiteAnOfficialPage() {
        Glossary g = Glossary.embedded();
        assertTrue(g.concepts().size() >= 20, "concepts: " + g.concepts().keySet());
        for (Glossary.Concept c : g.concepts().values()) {
            assertEquals(WRITTEN.stream().sorted().toList(), c.languages().keySet().stream().sorted().toList(), c.id());
            c.languages().forEach((lang, t) -> {
                if (t.verified()) {
                    assertTrue(OFFICIAL.stream().anyMatch(t.source()::contains), c.id() + "." + lang + ": verified needs an official page: " + t.source());
                } else {
                    assertFalse(t.source().isBlank(), c.id() + "." + lang);
                }
                assertTrue(t.match().stream().anyMatch(p -> p.matcher(Glossary.normalise(t.term())).find()),
                        c.id() + "." + lang + ": match does not recognise the term itself: " + t.term());
            });
        }
    }

    @Test
    void bundlesAndAdviceUseTheGlossaryTerms() throws IOException {
        List<Glossary.Finding> all = new ArrayList<>();
        for (String lang : WRITTEN) {
            Map<String, String> texts = new TreeMap<>(bundle(lang));
            texts.putAll(advice(lang));
            texts.putAll(pending(lang));
            all.addAll(Glossary.embedded().check(lang, texts));
        }
        assertTrue(all.isEmpty(), all.size() + " breaches of the glossary:\n" + all.stream().map(Object::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void adviceTextsAreRead() throws IOException {
        Map<String, String> uz = advice("uz");
        assertTrue(uz.size() > 50, "advice texts found: " + uz.size());
        assertTrue(uz.containsKey("advice/ru-registration-missed/now"), uz.keySet().toString());
    }

    /** The mutation: Uzbek registration named "Roʻyxatdan oʻtish" again must fail the same check, naming the key. */
    @Test
    void theCheckCatchesRoyxatdanOtishForRegistrationInUzbek() throws IOException {
        Map<String, String> uz = bundle("uz");
        assertTrue(Glossary.embedded().check("uz", uz).isEmpty(), "the real bundle passes");
        uz.put("obligation.registration", "Roʻyxatdan oʻtish: turgan joyingiz boʻyicha (kirgandan keyin {0} ichida)");
        List<Glossary.Finding> found = Glossary.embedded().check("uz", uz);
        assertEquals(1, found.size(), found.toString());
        Glossary.Finding f = found.get(0);
        assertEquals("obligation.registration", f.key());
        assertEquals("registration", f.concept());
        assertEquals(Glossary.Finding.Kind.WRONG_TERM, f.kind());
        assertEquals("Roʻyxatdan oʻtish", f.found());
        assertTrue(f.toString().contains("migratsiya hisobi"), f.toString());
    }

    @Test
    void stemsMatchInflectedFormsAtWordStartsOnlyWhateverTheCaseAndApostrophe() {
        assertTrue(Glossary.stem("migratsiya hisob").matcher("Migratsiya  hisobiga turing").find());
        assertTrue(Glossary.stem("roʻyxatdan oʻt(?!kaz)").matcher(Glossary.normalise("ROʻYXATDAN O'TMADINGIZ")).find());
        assertFalse(Glossary.stem("roʻyxatdan oʻt(?!kaz)").matcher("avtomobilni roʻyxatdan oʻtkazish").find());
        assertTrue(Glossary.stem("каттал").matcher("Катталган эмессиз").find());
        assertFalse(Glossary.stem("каттал").matcher("бакатталган").find());
        assertTrue(Glossary.stem("феҳрист").matcher("Аз феҳристи шахсони").find());
    }

    @Test
    void aSecondTermIsReportedOnlyOutsideTheTerm() {
        Map<String, String> tg = Map.of("a", "полиси суғуртаи тиббӣ", "b", "суғуртаи тиббӣ харида шуд");
        List<Glossary.Finding> found = Glossary.embedded().check("tg", tg);
        assertEquals(1, found.size(), found.toString());
        assertEquals("b", found.get(0).key());
        assertEquals(Glossary.Finding.Kind.SECOND_TERM, found.get(0).kind());
        List<Glossary.Finding> uz = Glossary.embedded().check("uz", Map.of("c", "Migratsiya hisobiga turing", "d", "Migratsiya hisobiga qoʻyiling"));
        assertEquals(1, uz.size(), uz.toString());
        assertEquals("c", uz.get(0).key());
    }
}
