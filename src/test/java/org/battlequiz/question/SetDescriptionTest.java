package org.battlequiz.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.battlequiz.article.ParsedArticle;
import org.junit.jupiter.api.Test;

class SetDescriptionTest {
    private static ParsedArticle article(String partOf, String dateStart) {
        return new ParsedArticle("Battle of X", partOf, dateStart, dateStart, null, null, null, List.of(), null, null);
    }

    @Test
    void namesTheWarAndTheYear() {
        assertEquals("Part of the Long War \u00b7 1415", QuestionSetService.describe(article("the Long War", "1415-10-25")));
    }

    @Test
    void writesBcYears() {
        assertEquals("279 BC", QuestionSetService.describe(article(null, "-279")));
    }

    @Test
    void saysNothingWhenNothingIsKnown() {
        assertNull(QuestionSetService.describe(article(" ", null)));
    }
}
