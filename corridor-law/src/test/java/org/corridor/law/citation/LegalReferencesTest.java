package org.corridor.law.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.corridor.law.parameter.DatedValue;
import org.corridor.law.parameter.LawLoader;
import org.corridor.law.parameter.Parameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegalReferencesTest {
    /** "id[articles]" per reference, in order: short to write and to read in a failure. */
    private static String read(String source) {
        List<String> out = new ArrayList<>();
        for (LegalReference r : LegalReferences.parse(source)) {
            out.add(r.instrument().id() + r.articles());
        }
        return String.join(" ", out);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Federal Law 115-FZ art. 13, 13.3 | ru-115-fz[13, 13.3]",
        "Code of Administrative Offences art. 18.8(3) as added by Federal Law 207-FZ of 23.07.2013 (in force 2013-08-09) | ru-koap[18.8(3)] ru-207-fz[]",
        "Tax Code of the Russian Federation art. 227.1 (1,200 RUB x the year's deflator x the regional coefficient) | ru-tax-code[227.1]",
        "Постановление Правительства РФ от 24.09.2015 N 1017; read on https://blanker.ru/law/postanovlenie-pravitelstva-rf-ot-24092015-n1017 (Постановление Правительства РФ от 24.09.2015 N1017) | ru-gov-1017-2015[]",
        // seed lines and a repeated act: one reference, articles in the order cited
        "002:2711-2717"
                + "; Federal Law 115-FZ art. 13, 13.3; "
                + "002:2711-2713"
                + "; 115-FZ art. 5 | ru-115-fz[13, 13.3, 5]",
        "003:722; 002:4043-4047; 115-FZ art. 5(1) (text before 2014) | ru-115-fz[5(1)]",
        // the longest name wins: Kazakhstan's code is not Russia's
        "Code of Administrative Offences of Kazakhstan No. 235-V (in force 2015-01-01) art. 517 | kz-koap-2014[517]",
        "Code of Administrative Offences of Kazakhstan (2001) art. 394(2); from 2015 art. 517 | kz-koap-2001[394(2)]",
        "Law of Kazakhstan No. 477-IV 'On migration of population' art. 43-2 | kz-migration-law[43-2]",
        "Law of Kazakhstan No. 477-IV art. 43-2; Tax Code of Kazakhstan | kz-migration-law[43-2] kz-tax-code-2017[]",
        "Treaty on the Eurasian Economic Union art. 97(5); Kyrgyzstan's accession in force 2015-08-12 | eaeu-treaty[97(5)]",
        "Federal Law 114-FZ art. 27(1)(12)-(14) (items 13-14 in force 2015-01-10) | ru-114-fz[27(1)(12)-(14)]",
        "Federal Law 109-FZ of 18.07.2006 art. 20, 22 (in force 2007-01-15) | ru-109-fz[20, 22]",
        "Federal Law 273-FZ 'On education' arts. 67 and 78(2.1) as amended by Federal Law 544-FZ of 28.12.2024; Ministry of Education orders No. 170 and 171 of 04.03.2025 | ru-273-fz[67, 78(2.1)] ru-544-fz[] ru-minpros-170-2025[] ru-minpros-171-2025[]",
        "Federal Law 260-FZ of 08.08.2024 (115-FZ arts. 31.1-31.2); in force 2025-02-05 | ru-260-fz[] ru-115-fz[31.1-31.2]",
        "Federal Law 115-FZ art. 18.1(6): a region's governor may bar patent holders from occupations; Labour Code art. 327.6 (dismissal to comply, from 2026-03-01) | ru-115-fz[18.1(6)] ru-labour-code[327.6]",
        "Labour Code of the Kyrgyz Republic of 2025 | kg-labour-code-2025[]",
        "Tax Code art. 227.1: 1,200 RUB x deflator 1.810 (orders No. 684 of 21.10.2019 and No. 793 of 10.12.2019) | ru-tax-code[227.1] ru-mined-684-2019[] ru-mined-793-2019[]",
        "Government Decree of Kazakhstan No. 1146 of 31.12.2022 amending the Rules of Decree No. 148 of 21.01.2012 | kz-gov-1146-2022[] kz-gov-148-2012[]",
        "Turkish Passport Law No. 5682; Law No. 6458 on Foreigners and International Protection | tr-5682[] tr-6458[]",
        "Presidential Decree of 28.04.2025 amending Decree No. 1126, reported by TASS | ru-pres-1126-2024[]",
    })
    void golden(String source, String expected) {
        assertEquals(expected.strip(), read(source.strip()));
    }

    @Test
    void textNamingNoKnownActGivesNothing() {
        assertEquals("", read("002:4042-4043"));
        assertEquals("", read("https://ura.news/news/1053024579 ('Год назад он стоил 6650 рублей')"));
        // a number that merely contains a known one is not it
        assertEquals("", read("Federal Law 2115-FZ art. 1; Government Decree No. 14800"));
    }

    @Test
    void everyNameOfEveryInstrumentFindsIt() {
        for (Instrument i : Instruments.embedded().all()) {
            for (String name : i.names()) {
                assertTrue(LegalReferences.parse("see " + name + " art. 1").stream().anyMatch(r -> r.instrument().equals(i)), i.id() + ": " + name);
            }
        }
    }

    /** Words that say a string cites a legal act. */
    private static final Pattern NAMES_AN_ACT = Pattern.compile("FZ|Code|Law|Treaty|Decree|agreement|Постановление", Pattern.CASE_INSENSITIVE);

    /**
     * Source strings that use one of those words but name no act the parser could know: each names an act
     * only by its issuer and a period, without a number or a date, or (the Moscow Oblast Duma's) a law
     * not yet numbered. They stay raw citations.
     */
    private static final Set<String> NAMES_NO_INSTRUMENT = Set.of(
            "Annual decrees of the Governor of Tyumen oblast since 2015",
            "Decree for 2026",
            "Decree of the Governor of Novosibirsk oblast for 2024",
            "Decree of the Governor of Sverdlovsk oblast, reported 18.03.2026",
            "Decree of the Governor of Tyumen oblast for 2026",
            "Decree of the Head of Tatarstan of January 2025",
            "The 2024 decree ran to 2024-12-31",
            "The Government's decree on moving days off for each year",
            "Law adopted by the Moscow Oblast Duma on 20.11.2025",
            "Постановление Правительства РФ о переносе выходных дней в 2008 году (принято летом 2007 г.; дата и номер не прочитаны)",
            "Постановление Правительства РФ от 26 (или 27) ноября 2008 г. (номер не прочитан)",
            // "law" here is a word of the address, not an act
            "https://www.consultant.ru/law/hotdocs/89948.html");

    @Test
    void everySourceThatCitesAnActYieldsOne() {
        Set<String> missed = new TreeSet<>();
        int strings = 0;
        for (Parameter p : LawLoader.embedded().parameters()) {
            List<String> sources = new ArrayList<>();
            if (!p.reference().isBlank()) {
                sources.add(p.reference());
            }
            for (DatedValue v : p.values()) {
                sources.add(v.source());
            }
            for (String s : sources) {
                strings++;
                if (NAMES_AN_ACT.matcher(s).find() && LegalReferences.parse(s).isEmpty()
                        && NAMES_NO_INSTRUMENT.stream().noneMatch(s::startsWith)) {
                    missed.add(s);
                }
            }
        }
        assertTrue(strings > 400, "the survey read " + strings + " strings");
        assertEquals(Set.of(), missed, "source strings that name an act the parser does not know");
    }

    @Test
    void kindsHaveKeys() {
        for (Instrument.Kind k : Instrument.Kind.values()) {
            assertEquals(k, Instrument.Kind.parse(k.key()).orElseThrow());
            assertEquals(k.key(), k.key().toLowerCase(Locale.ROOT));
        }
    }
}
