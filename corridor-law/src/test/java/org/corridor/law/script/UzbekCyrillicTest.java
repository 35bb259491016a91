package org.corridor.law.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Uzbek Latin into Cyrillic: the letters, the loanwords, and what must never change. */
class UzbekCyrillicTest {
    /** Words as Uzbek Cyrillic dictionaries and lex.uz spell them. */
    @ParameterizedTest
    @CsvSource({
        "shahar, шаҳар", "choy, чой", "oʻzbek, ўзбек", "Oʻzbekiston, Ўзбекистон", "togʻ, тоғ", "Qirgʻiziston, Қирғизистон",
        "yoki, ёки", "yoʻq, йўқ", "Yoʻl, Йўл", "roʻyxat, рўйхат", "yuborish, юбориш", "yangi, янги", "yer, ер", "yetkazib, етказиб", "qayerda, қаерда", "elchixona, элчихона",
        "eng, энг", "aeroport, аэропорт", "kelgan, келган", "maʼlumot, маълумот", "eʼtiroz, эътироз", "qatʼiy, қатъий",
        "xizmat, хизмат", "hujjat, ҳужжат", "qonun, қонун", "jarima, жарима", "ming, минг", "tong, тонг", "iyun, июн", "iyul, июл",
        "yanvar, январ", "fevral, феврал", "aprel, апрел", "may, май", "avgust, август", "noyabr, ноябр", "dekabr, декабр",
        "sentabr, сентябр", "oktabr, октябр", "sentabrdan, сентябрдан", "bayonnoma, баённома", "tayyorlash, тайёрлаш",
        "Tyumen, Тюмен", "Rossiya, Россия", "reyestr, реестр", "muddatsiz, муддатсиз", "ruxsatsiz, рухсатсиз",
        "migratsiya, миграция", "migratsiyasiga, миграциясига", "Federatsiyasidagi, Федерациясидаги", "politsiya, полиция",
        "kompyuter, компьютер", "kuryer, курьер", "ofitsiant, официант", "ssenariylar, сценарийлар", "kvitansiyani, квитанцияни",
        "rubl, рубль", "kalendarga, календарьга", "MUDDATI OʻTDI, МУДДАТИ ЎТДИ", "BAJARISH KERAK, БАЖАРИШ КЕРАК", "Shu, Шу",
        "Choy, Чой", "Yangi, Янги", "IIVning, ИИВнинг", "OIV/VICh, ОИВ/ВИЧ", "MVD, МВД", "MFTsga, МФЦга",
        "115-FZ-son, 115-ФЗ-сон", "13.3-modda, 13.3-модда", "3-marta, 3-марта"
    })
    void golden(String latin, String cyrillic) {
        assertEquals(cyrillic, UzbekCyrillic.of(latin));
    }

    @Test
    void sentences() {
        assertEquals("Ҳолатингиз: {0}", UzbekCyrillic.of("Holatingiz: {0}"));
        assertEquals("Турган жойингиз бўйича миграция ҳисобига туринг (киргандан кейин {0} ичида)",
                UzbekCyrillic.of("Turgan joyingiz boʻyicha migratsiya hisobiga turing (kirgandan keyin {0} ichida)"));
        assertEquals("Россия Федерациясининг 2002 йил 25 июлдаги 115-ФЗ-сон Федерал қонуни",
                UzbekCyrillic.of("Rossiya Federatsiyasining 2002-yil 25-iyuldagi 115-FZ-son Federal qonuni"));
        assertEquals("Қабул қилувчи томондан (принимающая сторона) хабарномани (уведомление о прибытии) топширинг",
                UzbekCyrillic.of("Qabul qiluvchi tomondan (prinimayushchaya storona) xabarnomani (uvedomleniye o pribytii) topshiring"));
        assertEquals("(запрет на выезд), (прописка), (загранпаспорт), (реестр контролируемых лиц)",
                UzbekCyrillic.of("(zapret na vyezd), (propiska), (zagranpasport), (reyestr kontroliruyemykh lits)"));
    }

    @Test
    void placeholdersAndChoicesKeepTheirKeywords() {
        assertEquals("{0,choice,1#1 кун|1<{0,number,integer} кун}", UzbekCyrillic.of("{0,choice,1#1 kun|1<{0,number,integer} kun}"));
        assertEquals("{1} санасидан {0}", UzbekCyrillic.of("{1} sanasidan {0}"));
    }

    @Test
    void urlsNumbersCodesAndNamesStay() {
        assertEquals("Текширинг: https://services.fms.gov.ru/info-service.htm?sid=2000 ёки gosuslugi.ru",
                UzbekCyrillic.of("Tekshiring: https://services.fms.gov.ru/info-service.htm?sid=2000 yoki gosuslugi.ru"));
        assertEquals("info@example.org, +7 495 123-45-67, 18.8, 500 RUB, 1–12", UzbekCyrillic.of("info@example.org, +7 495 123-45-67, 18.8, 500 RUB, 1–12"));
        assertEquals("(кўрсатинг: --region MOS, SPE, TA ёки other)", UzbekCyrillic.of("(koʻrsating: --region MOS, SPE, TA yoki other)", Set.of("other")));
        assertEquals("Corridor режаси; FILE:LINE; RuID иловаси; e-ikamet", UzbekCyrillic.of("Corridor rejasi; FILE:LINE; RuID ilovasi; e-ikamet"));
    }

    /** The lists are what a reviewer reads: every entry is lower case Latin to Cyrillic, and actually needed. */
    @Test
    void overridesAreWellFormedAndDifferFromTheLetterRules() {
        for (Map<String, String> m : java.util.List.of(UzbekCyrillic.WORDS, UzbekCyrillic.RUSSIAN)) {
            m.forEach((latin, cyrillic) -> {
                assertTrue(latin.matches("[a-zʻʼ]+"), latin);
                assertTrue(cyrillic.matches("[а-яёўғқҳъь]+"), cyrillic);
            });
        }
        UzbekCyrillic.ABBREVIATIONS.forEach((latin, cyrillic) -> assertTrue(cyrillic.matches("[А-ЯЎҒҚҲ]+"), cyrillic));
    }
}
