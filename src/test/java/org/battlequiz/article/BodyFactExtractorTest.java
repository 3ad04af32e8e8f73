package org.battlequiz.article;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BodyFactExtractorTest {
    private static final String ARTICLE = String.join("\n",
            "Battle of Somewhere", "", "Battle of Somewhere", "Date19 May – 5 June 2013", "LocationSomewhere",
            "Result Decisive Blue victory", "Belligerents", "", "Red", "", "Blue", "Commanders and leaders",
            "Ann Red Bob Blue", "Strength", "100[1] 200[2]", "Casualties and losses", "10 killed[1] 20 killed[2]", "",
            "The battle started on 19 May 2013 when Blue forces attacked the town held by Red fighters for weeks.[3]"
                    + " Prior to the offensive thousands fled, though 25,000 residents stayed.[4] On 5 June, after two"
                    + " weeks of fighting, Blue regained control of the town.[5]",
            "", "  1. ^ A source.");

    private final List<BodyFact> facts = new ArticleParser().parse(ARTICLE).bodyFacts();

    @Test
    void aDayAndMonthTakeTheYearFromTheTextBefore() {
        BodyFact fact = facts.stream().filter(f -> f.value().equals("2013-06-05")).findFirst().orElseThrow();
        assertEquals(BodyFact.BodyFactKind.DATE, fact.kind());
        assertTrue(fact.sentence().startsWith("On 5 June, after two weeks"), fact.sentence());
        assertEquals(19, fact.source().lineNumber());
        assertEquals(List.of("5"), fact.source().refs());
    }

    @Test
    void aFigureInTheBodyBecomesANumberFactWithItsSentence() {
        BodyFact fact = facts.stream().filter(f -> f.value().equals("25,000")).findFirst().orElseThrow();
        assertEquals(BodyFact.BodyFactKind.NUMBER, fact.kind());
        assertEquals("Prior to the offensive thousands fled, though 25,000 residents stayed.", fact.sentence());
        assertEquals(List.of("4"), fact.source().refs());
    }

    @Test
    void datesAreNotAlsoCountedAsNumbers() {
        assertTrue(facts.stream().noneMatch(f -> f.kind() == BodyFact.BodyFactKind.NUMBER
                && (f.value().equals("19") || f.value().equals("2013") || f.value().equals("5"))), facts.toString());
        assertTrue(facts.stream().anyMatch(f -> f.value().equals("2013-05-19")));
    }
}
