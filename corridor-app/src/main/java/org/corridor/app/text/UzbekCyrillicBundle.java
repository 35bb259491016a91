package org.corridor.app.text;

import java.util.Map;
import java.util.Set;
import org.corridor.law.script.UzbekCyrillic;

/**
 * The Uzbek Cyrillic bundle ({@code messages_uz_Cyrl.properties}, the name {@link java.util.ResourceBundle}
 * looks up for {@code Locale.forLanguageTag("uz-Cyrl")}) made from the Latin one by
 * {@link UzbekCyrillic}, line by line: comments as they are, every value transliterated. The committed
 * file is generated, never edited: {@code UzbekCyrillicBundleTest} fails when it differs from what
 * this class makes of the Latin bundle and says the one command that regenerates it.
 */
public final class UzbekCyrillicBundle {
    /** The Latin bundle on the classpath and in the sources. */
    public static final String LATIN = "org/corridor/app/text/messages_uz.properties";
    /** The Cyrillic bundle on the classpath and in the sources. */
    public static final String CYRILLIC = "org/corridor/app/text/messages_uz_Cyrl.properties";

    /**
     * Values written for Cyrillic, not transliterated: the date as Uzbek Cyrillic writes it, "2026 йил
     * 31 октябр", without the hyphens of the Latin "2026-yil 31-oktabr" (the month names themselves come
     * out of the transliteration).
     */
    static final Map<String, String> WRITTEN = Map.of("date.pattern", "{2} йил {0} {1}");

    /**
     * Words a value must keep in Latin letters, by key: what a program reads back when typed (the
     * command line's "--region other").
     */
    static final Map<String, Set<String>> KEEP = Map.of("plan.regionDefaulted", Set.of("other"));

    private UzbekCyrillicBundle() {
    }

    /** The Cyrillic bundle's text from the Latin bundle's. */
    public static String generate(String latin) {
        StringBuilder out = new StringBuilder();
        out.append("# GENERATED from messages_uz.properties by org.corridor.app.text.UzbekCyrillicBundle: do not edit.\n");
        out.append("# Edit the Latin bundle (or the word lists in org.corridor.law.script.UzbekCyrillic), then regenerate:\n");
        out.append("#   mvn -B -q -pl corridor-app -am -Dtest=UzbekCyrillicBundleTest -Dsurefire.failIfNoSpecifiedTests=false -Dcorridor.regenerate=true test\n");
        for (String line : latin.split("\n", -1)) {
            if (line.startsWith("#") || line.isBlank() || line.indexOf('=') < 0) {
                out.append(line.replace("Uzbek (oʻzbekcha, Latin script)", "Uzbek (ўзбекча, Cyrillic script)")).append('\n');
                continue;
            }
            int eq = line.indexOf('=');
            String key = line.substring(0, eq).trim();
            String value = line.substring(eq + 1);
            out.append(key).append('=').append(WRITTEN.getOrDefault(key, UzbekCyrillic.of(value, KEEP.getOrDefault(key, Set.of())))).append('\n');
        }
        // the split leaves one empty piece after the last newline
        return out.substring(0, out.length() - 1);
    }
}
