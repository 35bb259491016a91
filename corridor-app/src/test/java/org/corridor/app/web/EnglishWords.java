package org.corridor.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Debian's English word list (package {@code wamerican}, {@code /usr/share/dict/american-english}), to
 * find English left in an Uzbek text. A word is English when its lower case is a lower-case entry of the
 * list, or when it is written exactly as a capitalised entry (a name such as "Moscow"), unless it is
 * also one of the Uzbek words of {@link #UZBEK}. The list is installed, not copied into the project:
 * {@code .ci/run} installs it, and a machine without it fails here, naming the package.
 */
final class EnglishWords {
    static final Path FILE = Path.of("/usr/share/dict/american-english");

    /**
     * Uzbek words the planner uses that the English list also holds, each with what it means in Uzbek.
     * A word is added here only after reading it in the Uzbek text where the test found it.
     */
    static final Set<String> UZBEK = Set.of(
            "patent", // the glossary's Uzbek term for Russia's work patent (xabardor.uz: «Mehnat patentlari»), as in Russian «патент»
            "sana", // "date": "topshirilgan sana", the date a paper was handed in
            "joy", // "place": "boʻlib turgan joy", the place of stay
            "dam", // "rest", in "dam olish" (leisure): "sport, madaniyat yoki dam olish sohasi", an occupation of the form's list
            "yuk", // "load, cargo": "yuk mashinasi haydovchisi", lorry driver, an occupation of the form's list
            "sport", // "sport", the same word in Uzbek: an occupation of the form's list
            "agar", // "if": "agar iloji boʻlmasa", if it is not possible
            "boring", // "go" (imperative of bormoq): "boʻlimiga boring", go to the division
            "chop", // "print", in "chop etish": the print version's button
            "federal", // in "Federal qonuni", Federal Law: the Uzbek titles of Russia's laws (glossary/instruments.yaml)
            "ham", // "also, too"
            "mart", // "March": "2026-yil 18-mart"
            "son", // "number", after an act's number: "115-FZ-son", Law No. 115-FZ
            "u", // "he, she, it; that": "u bilan birga", together with them
            "bank", // "bank", the same word in Uzbek: "bank kartasi", a bank card
            "bola", // "child": "voyaga yetmagan bola", a minor child (a pending change's summary)
            "bosh", // "head", in "bosh tortish", to refuse (a pending change's summary)
            "past", // "low": "yashash minimumidan past", below the subsistence minimum (a pending change's summary)
            "deb", // "as, that" after a quotation or a name: "soxta hujjat deb hisoblanishi", be taken for a forged paper
            "ism", // "(first) name": "ism-familiya", name and surname
            "transport", // "vehicle, transport", the same word in Uzbek: "transport vositasi", a vehicle; "jamoat transporti"
            "i", // the Russian conjunction "и" in the Latin spelling of a Russian name: "ekzamen po russkomu yazyku, istorii i osnovam ..."
            "o"); // the Russian preposition "о" in the Latin spelling of a Russian paper's name: "uvedomleniye o pribytii"

    /**
     * Names of places written the same in Uzbek and English (the regions of Russia the form lists, Astana where
     * an agreement was signed, Belarus in a pending change): proper names, like the allow-list of the Cyrillic test.
     */
    static final Set<String> PLACES = Set.of("Amur", "Krasnodar", "Leningrad", "Novosibirsk", "Astana", "Belarus");

    private final Set<String> lower;
    private final Set<String> exact;

    private EnglishWords(Set<String> lower, Set<String> exact) {
        this.lower = lower;
        this.exact = exact;
    }

    static EnglishWords load() {
        if (!Files.isReadable(FILE)) {
            throw new IllegalStateException(FILE + " is missing: the Uzbek plan test reads Debian's English word list. Install the package "
                    + "wamerican (sudo apt-get install wamerican), as .ci/run does");
        }
        Set<String> lower = new HashSet<>();
        Set<String> exact = new HashSet<>();
        try {
            for (String w : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
                if (w.isEmpty() || w.contains("'")) {
                    continue; // possessives ("Aaron's") add nothing
                }
                if (w.equals(w.toLowerCase(Locale.ROOT))) {
                    lower.add(w);
                } else {
                    exact.add(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EnglishWords(lower, exact);
    }

    /** Whether {@code word}, as written in the text, is English and not one of the Uzbek words of {@link #UZBEK}. */
    boolean contains(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (UZBEK.contains(w) || PLACES.contains(word)) {
            return false;
        }
        return lower.contains(w) || exact.contains(word);
    }
}
