package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.battlequiz.article.ArticleParser;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.junit.jupiter.api.Test;

/** A title that tells battles of one name apart by their year, and figures an editor marked as doubtful. Invented. */
class YearTitlesAndDoubtedFiguresTest {
    private static final String ARTICLE = String.join("\n", "Battle of Harrow Moor", "", "Battle of Harrow Moor",
            "Part of the Shire Wars", "", "Date3–5 October 1411", "LocationHarrow Moor, Varland",
            "Result Decisive Varlish victory", "Belligerents", "Kingdom of Varland Osterian Republic",
            "Commanders and leaders", "Anton Brisk Mira Tolvane", "Strength", "6,000 9,000",
            "Casualties and losses", "400 killed 2,100 killed", "",
            "The Battle of Harrow Moor was fought between Varland and the Osterian Republic.", "");

    @Test
    void aYearInTheTitleIsNeverAskedButTheDateIs() {
        List<QuestionContent> plain = generate(ARTICLE);
        assertTrue(plain.stream().anyMatch(q -> q.type() == QuestionType.DATE), plain::toString);
        List<QuestionContent> qs = generate(ARTICLE.replace("Battle of Harrow Moor\n", "Battle of Harrow Moor (1411)\n"));
        assertFalse(qs.stream().anyMatch(q -> q.type() == QuestionType.DATE), qs::toString);
        assertTrue(qs.stream().anyMatch(q -> q.prompt().startsWith("On what date")), qs::toString);
        assertTrue(DateItems.yearInTitle("Siege of Tarn (c. 1250)"));
        assertFalse(DateItems.yearInTitle("Battle of Tarn (Varland)"));
    }

    @Test
    void aFigureTheArticleMarksAsFailingVerificationIsNotAsked() {
        List<QuestionContent> plain = generate(ARTICLE);
        assertTrue(plain.stream().anyMatch(q -> q.factKind().equals("strength")), plain::toString);
        List<QuestionContent> qs = generate(ARTICLE.replace("6,000 9,000", "6,000[2][failed verification] 9,000"));
        assertFalse(qs.stream().anyMatch(q -> q.factKind().equals("strength")), qs::toString);
        List<QuestionContent> disputed = generate(ARTICLE.replace("6,000 9,000", "6,000 9,000 (disputed)"));
        assertFalse(disputed.stream().anyMatch(q -> q.factKind().equals("strength")), disputed::toString);
    }

    private static List<QuestionContent> generate(String text) {
        return new QuestionGenerator().generate(new ArticleParser().parse(text), List.of(), 5).questions();
    }
}
