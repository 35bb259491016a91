package org.corridor.app.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corridor.law.citation.Instrument;
import org.corridor.law.citation.Instruments;
import org.corridor.law.citation.Title;
import org.corridor.law.parameter.LawFileException;
import org.corridor.law.script.UzbekCyrillic;

/**
 * The titles of legal acts in every language of the interface: Russian and English from the law
 * ({@link Instrument#ru()}, {@link Instrument#en()}), Tajik, Kyrgyz and Uzbek from the glossary
 * {@code org/corridor/app/text/glossary/instruments.yaml}, each with where it was read; Uzbek in
 * Cyrillic letters from the Uzbek in Latin letters.
 */
public final class InstrumentTitles {
    /** The glossary file on the classpath. */
    public static final String FILE = "org/corridor/app/text/glossary/instruments.yaml";
    /** The languages the glossary adds to the law's Russian and English. */
    public static final List<String> GLOSSARY_LANGUAGES = List.of("tg", "ky", "uz");

    private final Map<String, Map<String, Title>> byId;

    private InstrumentTitles(Map<String, Map<String, Title>> byId) {
        this.byId = byId;
    }

    private static final class Embedded {
        static final InstrumentTitles INSTANCE = load();
    }

    public static InstrumentTitles embedded() {
        return Embedded.INSTANCE;
    }

    /** The act's title in a language of {@link Messages#LANGUAGES}, or empty where the glossary lacks it. */
    public Optional<Title> title(Instrument instrument, String language) {
        return switch (language) {
            case "ru" -> Optional.of(instrument.ru());
            case "en" -> Optional.of(instrument.en());
            case "uz-Cyrl" -> title(instrument, "uz").map(InstrumentTitles::cyrillic);
            default -> Optional.ofNullable(byId.getOrDefault(instrument.id(), Map.of()).get(language));
        };
    }

    /**
     * The Uzbek title in Cyrillic letters, made from the Latin one (the glossary holds each title once,
     * so the scripts cannot disagree). It was not read on the page in this script, so it is never
     * verified, and says how it was made.
     */
    private static Title cyrillic(Title latin) {
        String how = "made from the Uzbek Latin title by transliteration (org.corridor.law.script.UzbekCyrillic)";
        return new Title(UzbekCyrillic.of(latin.text()), latin.source(), false, latin.note().isBlank() ? how : how + "; " + latin.note());
    }

    /** The ids the glossary gives titles for, to check them against the law's instruments. */
    public java.util.Set<String> ids() {
        return byId.keySet();
    }

    private static InstrumentTitles load() {
        try (InputStream in = InstrumentTitles.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("the glossary " + FILE + " is missing from the classpath");
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            if (root == null || !root.isObject()) {
                throw new LawFileException(FILE, "(file)", "expected a mapping from instrument id to its titles");
            }
            Map<String, Map<String, Title>> m = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Map<String, Title> titles = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> langs = e.getValue().fields(); langs.hasNext(); ) {
                    Map.Entry<String, JsonNode> l = langs.next();
                    if (!GLOSSARY_LANGUAGES.contains(l.getKey())) {
                        throw new LawFileException(FILE, e.getKey(), "unknown language '" + l.getKey() + "' (allowed: tg, ky, uz)");
                    }
                    titles.put(l.getKey(), Instruments.title(FILE, e.getKey() + "." + l.getKey(), l.getValue()));
                }
                m.put(e.getKey(), Collections.unmodifiableMap(titles));
            }
            return new InstrumentTitles(Collections.unmodifiableMap(m));
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new LawFileException(FILE, "yaml", e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
