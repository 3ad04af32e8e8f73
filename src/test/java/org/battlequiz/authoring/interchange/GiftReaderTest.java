package org.battlequiz.authoring.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.battlequiz.generation.item.AnswerCredit;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.junit.jupiter.api.Test;

/** GIFT as teachers write it, following the examples of Moodle's GIFT format documentation. */
class GiftReaderTest {

    private static List<QuestionContent> read(String gift) {
        return Interchange.importText(Format.GIFT, gift).items();
    }

    private static QuestionContent only(String gift) {
        List<QuestionContent> items = read(gift);
        assertEquals(1, items.size());
        return items.get(0);
    }

    @Test
    void readsEachDocumentedQuestionKindSeparatedByBlankLines() {
        List<QuestionContent> items = read("""
                // question: 1  name: Grant
                ::Grant::Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}

                Grant is buried in Grant's tomb.{FALSE}

                Who's buried in Grant's tomb?{=no one =nobody}

                When was Ulysses S. Grant born?{#1822:5}

                Match the following countries with their corresponding capitals.{
                  =Canada -> Ottawa
                  =Italy  -> Rome
                  =Japan  -> Tokyo
                }
                """);
        assertEquals(List.of(QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE, QuestionType.CLOZE,
                QuestionType.NUMERIC, QuestionType.MATCHING), items.stream().map(QuestionContent::type).toList());
        assertEquals("Who's buried in Grant's tomb?", items.get(0).prompt());
        assertEquals(List.of("no one"), items.get(0).keys());
        assertEquals(List.of("False"), items.get(1).keys());
        assertEquals("Who's buried in Grant's tomb? ____", items.get(2).prompt());
        assertEquals(List.of("no one", "nobody"), items.get(2).keys());
        assertEquals(List.of("1822"), items.get(3).keys());
        assertEquals(5.0, items.get(3).tolerance());
        assertEquals(List.of("Canada", "Italy", "Japan"), items.get(4).stems());
        assertEquals(List.of("Ottawa", "Rome", "Tokyo"), items.get(4).keys());
    }

    @Test
    void missingWordFormatPutsTheBlankWhereTheAnswersStood() {
        QuestionContent item = only("Grant is {=entombed =buried} in Grant's tomb.");
        assertEquals(QuestionType.CLOZE, item.type());
        assertEquals("Grant is ____ in Grant's tomb.", item.prompt());
    }

    @Test
    void weightedAnswersWithoutEqualsSignAreAMultipleSelect() {
        QuestionContent item = only("What two people are entombed in Grant's tomb? {~%-100%No one ~%50%Grant "
                + "~%50%Grant's wife ~%-100%Grant's father}");
        assertEquals(QuestionType.MULTIPLE_SELECT, item.type());
        assertEquals(List.of("Grant", "Grant's wife"), item.keys());
        assertEquals(4, item.options().size());
    }

    @Test
    void escapedSpecialsAreLiteralAndFormatsAreHonoured() {
        QuestionContent item = only("::Esc::[markdown]Which is 1\\:2 \\{ratio\\} \\~ \\= \\# \\\\?{=a\\=b ~c\\#d}");
        assertEquals("Which is 1:2 {ratio} ~ = # \\?", item.prompt());
        assertEquals(List.of("a=b", "c#d"), item.options());
    }

    @Test
    void htmlFormatIsReadAsPlainText() {
        QuestionContent item = only("[html]<p>Is <b>this</b> &amp; that true?</p>{T####<p>Yes &lt;really&gt;</p>}");
        assertEquals("Is this & that true?", item.prompt());
        assertEquals("Yes <really>", item.explanation());
        assertNull(item.source());
    }

    @Test
    void numericalRangeAndMultipleAnswersKeepTheFirstTolerance() {
        assertEquals(List.of("1822"), only("Born?{#1820..1824}").keys());
        assertEquals(2.0, only("Born?{#1820..1824}").tolerance());
        QuestionContent item = only("Pi?{# =3.1415:0.0005 =%50%3.14:0.005 }");
        assertEquals(List.of("3.1415"), item.keys());
        assertEquals(0.0005, item.tolerance());
    }

    @Test
    void answerFeedbackAndPartialCreditAreKept() {
        ImportResult result = Interchange.importText(Format.GIFT,
                "Who? {=Grant#Right ~%50%Lee#Half ~Jefferson}\n\nPi?{#=3.14:0.01 =%50%3:0.5}");
        assertEquals(2, result.items().size());
        assertEquals(List.of(), result.notes());
        assertEquals(List.of(new AnswerCredit("Grant", BigDecimal.ONE, "Right", null),
                new AnswerCredit("Lee", new BigDecimal("0.5"), "Half", null),
                new AnswerCredit("Jefferson", BigDecimal.ZERO, null, null)), result.items().get(0).details().answers());
        assertEquals(List.of(new AnswerCredit("3.14", BigDecimal.ONE, null, new BigDecimal("0.01")),
                new AnswerCredit("3", new BigDecimal("0.5"), null, new BigDecimal("0.5"))),
                result.items().get(1).details().answers());
    }

    @Test
    void categoryBecomesTheTitleAndCommentsAreIgnored() {
        ImportResult result = Interchange.importText(Format.GIFT,
                "// a comment\n$CATEGORY: $course$/top/Wars//Battles\n\n// another\nT?{T}\n");
        assertEquals("Wars/Battles", result.title());
        assertEquals(1, result.items().size());
    }

    @Test
    void moodleIdAndOtherTagsInCommentsAreIgnoredBesideBattleQuizTags() {
        QuestionContent item = only("// question: 7  name: Muye\n// [id:Q7] [tag:history] [tag:bq-type:date] "
                + "[tag:bq-fact:date]\n::Muye::When was Muye?{#-1046:10}");
        assertEquals(QuestionType.DATE, item.type());
        assertEquals("date", item.factKind());
        assertEquals(List.of("-1046"), item.keys());
    }

    @Test
    void windowsLineEndingsAndByteOrderMarkAreAccepted() {
        List<QuestionContent> items = read("\uFEFF// c\r\nT?{T}\r\n\r\nHow many?{#3}\r\n");
        assertEquals(2, items.size());
        assertEquals(List.of("3"), items.get(1).keys());
    }
}
