package org.corridor.law.script;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Uzbek from the Latin alphabet of 1995 into the Cyrillic one, letter by letter as the alphabets
 * correspond (sh ш, ch ч, oʻ ў, gʻ ғ, yo ё, yu ю, ya я, ye е, x х, h ҳ, q қ, j ж, ʼ ъ; e is э at
 * the start of a word and after a vowel, е elsewhere; ng stays нг), with an explicit list of the
 * words where the correspondence is not exact: Russian loanwords, whose Cyrillic spelling keeps
 * the Russian ц, ь and ъ that the Latin spelling drops ({@link #WORDS}), and Russian words quoted in
 * Latin letters ({@link #RUSSIAN}).
 *
 * <p>What is never changed: MessageFormat placeholders ({@code {0}}, and the keywords of
 * {@code {0,choice,...}} and {@code {0,number,integer}}, whose sub-texts are Uzbek and are changed),
 * URLs, e-mail addresses and domain names, numbers, command-line options ({@code --region}), codes
 * written in capitals of up to three letters (RUB, MOS, SPE) or with a capital after a small letter
 * (RuID), and words with letters the Uzbek Latin alphabet lacks (c outside ch, w): they are English
 * or names (Corridor). Abbreviations with a Cyrillic form (IIV ИИВ, VICh ВИЧ, MVD МВД) are in
 * {@link #ABBREVIATIONS}.
 *
 * <p>Russian words that the Latin texts give in parentheses in Latin letters ("(propiska)",
 * "(uvedomleniye o pribytii)") are Russian, so the Cyrillic text gives them as Russian is written:
 * the letter rules already do that for most ("propiska" прописка); those they would spell wrong
 * (shch, zh, kh, y for ы, a dropped ь) are in {@link #RUSSIAN}, each checked against the Russian
 * text of the same entry. A Turkish name (e-ikamet) stays in Latin letters.
 */
public final class UzbekCyrillic {
    private UzbekCyrillic() {
    }

    /**
     * Russian loanwords whose Uzbek Cyrillic spelling is not the letter-by-letter one, by the start of
     * the word (a stem: the Uzbek suffixes after it are transliterated, "migratsiyasiga" миграциясига).
     * Checked by hand, by the development team (not a native speaker), against the Russian word each
     * comes from and the rule of Uzbek Cyrillic orthography (1956, kept in 1995 for the Cyrillic
     * alphabet) that Russian loanwords keep their Russian spelling: ц for ts, ь and ъ where Russian
     * has them. The month names follow the list (сентябр, октябр without ь, as in
     * "2026 йил 31 октябр"); Uzbek Cyrillic dictionaries also give сентябрь: a reviewer should decide.
     * Every word ending in -tsiya (-ция) is a Russian loanword and is handled by a rule, not listed.
     */
    public static final Map<String, String> WORDS = ordered(Map.ofEntries(
            Map.entry("sentabr", "сентябр"),
            Map.entry("oktabr", "октябр"),
            Map.entry("kompyuter", "компьютер"),
            Map.entry("kuryer", "курьер"),
            Map.entry("ofitsiant", "официант"),
            Map.entry("ssenariy", "сценарий"),
            Map.entry("obyekt", "объект"),
            Map.entry("subyekt", "субъект"),
            Map.entry("alkogol", "алкоголь"),
            Map.entry("aktsiya", "акция"),
            Map.entry("litsenziya", "лицензия"),
            Map.entry("kvitansiya", "квитанция"),
            Map.entry("kalendar", "календарь"),
            Map.entry("rubl", "рубль"),
            Map.entry("model", "модель")));

    /**
     * Abbreviations, by their exact capitals, with their Cyrillic form; an Uzbek suffix may follow
     * ("IIVning" ИИВнинг). Uzbek ones (IIV ички ишлар вазирлиги, OIV) and Russian ones (MVD, FSB,
     * RVP, VNJ, NDFL, DMS, MFTs and MFC for МФЦ, MMTs for ММЦ): the Russian ones are Cyrillic
     * abbreviations written in Latin letters, so the Cyrillic text gives them as Russians write them.
     * Region codes (MOS, SPE) and currencies (RUB) are codes, not abbreviations, and stay.
     */
    public static final Map<String, String> ABBREVIATIONS = ordered(Map.ofEntries(
            Map.entry("IIV", "ИИВ"), Map.entry("OIV", "ОИВ"), Map.entry("VICh", "ВИЧ"), Map.entry("FZ", "ФЗ"),
            Map.entry("MVD", "МВД"), Map.entry("GUVM", "ГУВМ"), Map.entry("MID", "МИД"), Map.entry("FSB", "ФСБ"),
            Map.entry("RVP", "РВП"), Map.entry("VNJ", "ВНЖ"), Map.entry("NDFL", "НДФЛ"), Map.entry("DMS", "ДМС"),
            Map.entry("MFTs", "МФЦ"), Map.entry("MFC", "МФЦ"), Map.entry("MMTs", "ММЦ")));

    /**
     * Russian words that the Latin texts quote in Latin letters, mostly in parentheses ("(zapret na
     * vyezd)"), with their Russian spelling: the Cyrillic text quotes them as Russian is written, which
     * is what the reader will see on the forms. Whole words only. Each was checked by hand against the
     * Russian text of the same entry (advice.yaml, messages_ru.properties); the letter rules already
     * give the others right ("propiska" прописка, "zagranpasport" загранпаспорт, "trudovoy" трудовой).
     */
    public static final Map<String, String> RUSSIAN = Map.ofEntries(
            Map.entry("administrativnoye", "административное"), Map.entry("administrativny", "административный"),
            Map.entry("avansovy", "авансовый"), Map.entry("doverennost", "доверенность"), Map.entry("fiksirovanny", "фиксированный"),
            Map.entry("grazhdansko", "гражданско"), Map.entry("kontroliruyemy", "контролируемый"),
            Map.entry("kontroliruyemykh", "контролируемых"), Map.entry("lits", "лиц"), Map.entry("meditsinskiye", "медицинские"),
            Map.entry("meditsinskoye", "медицинское"), Map.entry("medosvidetelstvovaniye", "медосвидетельствование"),
            Map.entry("migratsii", "миграции"), Map.entry("migratsionnaya", "миграционная"), Map.entry("migratsionny", "миграционный"),
            Map.entry("opisyu", "описью"), Map.entry("osvidetelstvovaniye", "освидетельствование"), Map.entry("pismo", "письмо"),
            Map.entry("platyozh", "платёж"), Map.entry("prinimayushchaya", "принимающая"), Map.entry("pribytii", "прибытии"),
            Map.entry("samostoyatelny", "самостоятельный"), Map.entry("soderzhaniya", "содержания"),
            Map.entry("spetsialnoye", "специальное"), Map.entry("spetsuchrezhdeniye", "спецучреждение"), Map.entry("tsentr", "центр"),
            Map.entry("uchrezhdeniye", "учреждение"), Map.entry("vlozheniya", "вложения"), Map.entry("vydvoreniye", "выдворение"),
            Map.entry("vyezd", "выезд"), Map.entry("yazyku", "языку"), Map.entry("zakonodatelstva", "законодательства"));

    /** Words kept in Latin letters wherever they stand: names and file names. */
    public static final Set<String> KEPT = Set.of("Corridor", "FILE", "LINE", "README");

    /** Names kept in Latin letters with what joins them: the Turkish residence system. */
    private static final List<String> KEPT_NAMES = List.of("e-ikamet");

    private static Map<String, String> ordered(Map<String, String> m) {
        Map<String, String> byLength = new LinkedHashMap<>();
        m.entrySet().stream().sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()).thenComparing(Map.Entry::getKey))
                .forEach(e -> byLength.put(e.getKey(), e.getValue()));
        return java.util.Collections.unmodifiableMap(byLength);
    }

    private static final String LETTER = "A-Za-z";
    /** What is never touched: URLs, e-mail addresses, domain names, command-line options, MessageFormat keywords. */
    private static final Pattern PROTECTED = Pattern.compile(
            "https?://[^\\s)»\"]+|www\\.[^\\s)»\"]+|[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+|\\b[\\w-]+(\\.[\\w-]+)*\\.(ru|uz|tj|kg|kz|tr|com|org|net|gov|info|int)\\b(/[^\\s)»\"]*)?"
                    + "|--[a-z][a-z-]*|(?<=[{,])\\s*(choice|number|integer|date|time)\\b|" + String.join("|", KEPT_NAMES));
    /** A word: Latin letters with the oʻ/gʻ sign and the tutuq belgisi inside. */
    private static final Pattern WORD = Pattern.compile("[" + LETTER + "](?:[" + LETTER + "]|(?<=[oOgG])[ʻ‘]|[ʻ‘ʼ’'`](?=[" + LETTER + "]))*");

    /** The text in Cyrillic; {@code keep} lists further words to leave as they are (values a form reads, such as "work"). */
    public static String of(String latin, Set<String> keep) {
        StringBuilder out = new StringBuilder(latin.length());
        Matcher p = PROTECTED.matcher(latin);
        int at = 0;
        while (p.find()) {
            out.append(words(latin.substring(at, p.start()), keep)).append(p.group());
            at = p.end();
        }
        out.append(words(latin.substring(at), keep));
        return DATE.matcher(out).replaceAll("$1 $2");
    }

    /**
     * A year or a day before its word: Uzbek Cyrillic writes "2002 йил 25 июлдаги" where the Latin
     * writes "2002-yil 25-iyuldagi" (ordinals elsewhere keep their hyphen: "13-модда").
     */
    private static final Pattern DATE = Pattern.compile(
            "\\b(\\d{1,4})-(йил|январ|феврал|март(?!а)|апрел|май(?!дон)|июн|июл|август|сентябр|октябр|ноябр|декабр)");

    public static String of(String latin) {
        return of(latin, Set.of());
    }

    private static String words(String text, Set<String> keep) {
        StringBuilder out = new StringBuilder(text.length());
        Matcher m = WORD.matcher(text);
        int at = 0;
        while (m.find()) {
            out.append(text, at, m.start()).append(word(m.group(), keep));
            at = m.end();
        }
        return out.append(text.substring(at)).toString();
    }

    /** One word. */
    static String word(String w, Set<String> keep) {
        if (keep.contains(w) || KEPT.contains(w)) {
            return w;
        }
        for (Map.Entry<String, String> e : ABBREVIATIONS.entrySet()) {
            if (w.startsWith(e.getKey()) && (w.length() == e.getKey().length() || Character.isLowerCase(w.charAt(e.getKey().length())))) {
                return e.getValue() + letters(w.substring(e.getKey().length()), false);
            }
        }
        if (isCode(w) || w.matches(".*([cC](?![hH])|[wW]).*")) {
            return w;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        if (RUSSIAN.containsKey(lower)) {
            return cased(w, RUSSIAN.get(lower));
        }
        for (Map.Entry<String, String> e : WORDS.entrySet()) {
            if (lower.startsWith(e.getKey())) {
                String stem = cased(w.substring(0, e.getKey().length()), e.getValue());
                return stem + letters(w.substring(e.getKey().length()), false);
            }
        }
        return letters(w, true);
    }

    /** A code: capitals of up to three letters (RUB, MOS), or a capital after a small letter (RuID). */
    private static boolean isCode(String w) {
        return w.matches("[A-Z]{1,3}") && w.length() > 1 || w.matches(".*[a-z][A-Z].*");
    }

    private static String cased(String source, String cyrillic) {
        if (source.length() > 1 && source.equals(source.toUpperCase(Locale.ROOT))) {
            return cyrillic.toUpperCase(Locale.ROOT);
        }
        return Character.isUpperCase(source.charAt(0)) ? Character.toUpperCase(cyrillic.charAt(0)) + cyrillic.substring(1) : cyrillic;
    }

    private static final List<String[]> UNITS = List.of(
            new String[] {"tsiya", "ция"}, new String[] {"yoʻ", "йў"}, new String[] {"yo‘", "йў"}, new String[] {"yo'", "йў"}, new String[] {"yo`", "йў"},
            new String[] {"oʻ", "ў"}, new String[] {"o‘", "ў"}, new String[] {"o'", "ў"}, new String[] {"o`", "ў"},
            new String[] {"gʻ", "ғ"}, new String[] {"g‘", "ғ"}, new String[] {"g'", "ғ"}, new String[] {"g`", "ғ"},
            new String[] {"sh", "ш"}, new String[] {"ch", "ч"}, new String[] {"yo", "ё"}, new String[] {"yu", "ю"}, new String[] {"ya", "я"},
            new String[] {"ye", "е"}, new String[] {"sʼh", "сҳ"});

    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('a', "а"), Map.entry('b', "б"), Map.entry('d', "д"), Map.entry('f', "ф"), Map.entry('g', "г"), Map.entry('h', "ҳ"),
            Map.entry('i', "и"), Map.entry('j', "ж"), Map.entry('k', "к"), Map.entry('l', "л"), Map.entry('m', "м"), Map.entry('n', "н"),
            Map.entry('o', "о"), Map.entry('p', "п"), Map.entry('q', "қ"), Map.entry('r', "р"), Map.entry('s', "с"), Map.entry('t', "т"),
            Map.entry('u', "у"), Map.entry('v', "в"), Map.entry('x', "х"), Map.entry('y', "й"), Map.entry('z', "з"), Map.entry('c', "ц"),
            Map.entry('ʼ', "ъ"), Map.entry('’', "ъ"), Map.entry('\'', "ъ"), Map.entry('`', "ъ"));

    /**
     * Letter by letter. {@code wordStart}: whether the text begins a word (e is э there). A unit is in
     * capitals when its first letter is ("Sh" and "SH" are both Ш).
     */
    private static String letters(String w, boolean wordStart) {
        StringBuilder out = new StringBuilder(w.length());
        String lower = w.toLowerCase(Locale.ROOT);
        boolean afterVowel = false;
        int i = 0;
        while (i < w.length()) {
            boolean upper = Character.isUpperCase(w.charAt(i));
            String unit = null;
            int length = 1;
            for (String[] u : UNITS) {
                if (lower.startsWith(u[0], i)) {
                    unit = u[1];
                    length = u[0].length();
                    break;
                }
            }
            char c = lower.charAt(i);
            if (unit == null) {
                unit = c == 'e' ? (i == 0 && wordStart || afterVowel ? "э" : "е") : LETTERS.getOrDefault(c, String.valueOf(w.charAt(i)));
            }
            if (upper) {
                // a whole word in capitals stays in capitals ("MUDDATI OʻTDI"), else the unit's first letter
                boolean allCaps = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
                unit = allCaps ? unit.toUpperCase(Locale.ROOT) : Character.toUpperCase(unit.charAt(0)) + unit.substring(1);
            }
            afterVowel = "аэиоуўеёюя".indexOf(Character.toLowerCase(unit.charAt(unit.length() - 1))) >= 0;
            out.append(unit);
            i += length;
        }
        return out.toString();
    }
}
