package org.corridor.app.translate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The review sheet reads the glossary's terms.yaml (the planner's checked terms) and shows them beside the texts. */
class TermsFileInReviewTest {
    @Test
    void theReviewSheetFindsTheGlossaryTermsInEnglishTexts() {
        ReviewTerms uz = ReviewTerms.of("uz");
        assertTrue(uz.notes().isEmpty(), uz.notes().toString());
        List<ReviewTerms.Use> uses = uz.find("Register at your place of stay (within {0} of entry)");
        assertTrue(uses.stream().anyMatch(u -> u.term().id().equals("registration") && u.term().text().startsWith("migratsiya hisobi")
                && u.term().source().contains("(not verified")), uses.toString());
        List<ReviewTerms.Use> tg = ReviewTerms.of("tg").find("you meet the grounds for Russia's register of controlled persons");
        assertTrue(tg.stream().anyMatch(u -> u.term().text().equals("рӯйхати шахсони назоратшаванда") && u.term().source().contains("migration.tj")
                && u.term().source().endsWith("(verified)")), tg.toString());
    }
}
