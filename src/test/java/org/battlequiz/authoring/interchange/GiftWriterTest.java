package org.battlequiz.authoring.interchange;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.battlequiz.generation.item.QuestionContent;
import org.junit.jupiter.api.Test;

class GiftWriterTest {

    private static String export(QuestionContent item) {
        return Interchange.export(Format.GIFT, SetInfo.titled("Agincourt"), List.of(item)).text();
    }

    private static void assertContains(String expected, String gift) {
        assertTrue(gift.contains(expected), () -> "expected " + expected + " in\n" + gift);
    }

    @Test
    void startsWithTheSetAsCategory() {
        assertContains("\n$CATEGORY: $course$/top/Agincourt\n\n", export(SampleItems.cloze()));
    }

    @Test
    void singleChoiceMarksTheKeyWithEqualsAndEscapesSpecials() {
        String gift = export(SampleItems.singleChoice());
        assertContains("::1. Who led the \"Army of Conquest\" at Al-Qusayr (" + SampleItems.AL_QUSAYR_ARABIC + ")?::[html]", gift);
        assertContains("\t=&lt;b&gt;Hezbollah&lt;/b&gt;\n", gift);
        assertContains("\t~a \\= b \\{c\\} \\~d \\#e\\: \\\\f\n", gift);
    }

    @Test
    void multipleSelectWritesWeights() {
        String gift = export(SampleItems.multipleSelect());
        assertContains("\t~%50%England\n\t~%50%France\n\t~%-25%Rome\n\t~%-25%\\=Sparta\n", gift);
    }

    @Test
    void trueFalseNumericAndDateUseTheirGiftForms() {
        assertContains("{TRUE####Paulus surrendered on 2 February 1943.}", export(SampleItems.trueFalse()));
        assertContains("{#\n\t=-8500:1500.5\n", export(SampleItems.numeric()));
        String date = export(SampleItems.isoDate());
        assertContains("// [tag:bq-type:date] [tag:bq-date:1415-10-25] [tag:bq-fact:kind-date]", date);
        assertContains("{#\n\t=1415:0\n", date);
    }

    @Test
    void matchingWritesArrowsAndDistractorsWithoutStem() {
        String gift = export(SampleItems.matching());
        assertContains("\t=Henry V -> England & Wales\n", gift);
        assertContains("\t= -> Rome\n", gift);
    }

    @Test
    void clozeKeepsTheBlankAndListsEveryAnswer() {
        String gift = export(SampleItems.cloze());
        assertContains("fought in ____ (Warwickshire).{\n\t=1642\n\t=AD 1642\n\t=October 1642 \\= autumn\n", gift);
        assertContains("####First pitched battle of the war<p class\\=\"bq-source\">Source\\: <q>The Battle of Edgehill", gift);
    }
}
