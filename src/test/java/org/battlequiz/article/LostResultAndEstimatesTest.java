package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lost labels, glued estimates, names that run on after a comma and spaced ranges, on invented battles. */
class LostResultAndEstimatesTest {
    private final ArticleParser parser = new ArticleParser();

    @Test
    void anOutcomeLineAboveUnlabelledBelligerentsIsTheResultAndGluedEstimatesAreTwoColumns() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Tarn Gate", "", "Battle of Tarn Gate",
                "Part of the Salt War", "Date17 July 1453", "44°51′20″N 0°02′26″W", "", "Decisive Tolm victory", "",
                "Kingdom of Ranland Kingdom of Tolm", "Commanders and leaders", "Edric Hale  Piet Varn",
                "c. est. 6,000–10,000[1][2]c. est. 7,000–10,000[1][2]", "Casualties and losses",
                "4,000 dead or wounded 100 dead or wounded", "",
                "The Battle of Tarn Gate was fought on 17 July 1453 between Ranland and Tolm."));
        assertEquals("Decisive Tolm victory", a.result());
        assertEquals(List.of("Kingdom of Ranland"), a.sides().get(0).belligerents().stream().map(NamedEntry::name).toList());
        assertEquals(6000L, a.sides().get(0).strength().min());
        assertEquals(10000L, a.sides().get(0).strength().max());
        assertEquals(7000L, a.sides().get(1).strength().min());
        assertEquals(1, a.winner());
    }

    @Test
    void aNameEndingInACommaRunsOnAndASpacedDashJoinsTwoFiguresIntoARange() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Reed Hill", "", "Date2 July 1644",
                "LocationReed Hill", "ResultDecisive Parliamentarian victory", "Belligerents", "Scottish Covenanters,",
                "Parliamentarians", "Royalists", "Commanders and leaders", "Earl of Varn,", "Earl of Tarn,", "Lord Osk",
                "Prince Piet of Hale,", "Marquess of Reed", "Strength", "22,500+:", "7,000+ horse,", "500+ dragoons,",
                "15,000+ foot,", "30 - 40 guns", "17,000:", "6,000 horse,", "11,000 foot,", "14 guns",
                "Casualties and losses", "300 killed 4,000 killed"));
        assertEquals(List.of("Scottish Covenanters", "Parliamentarians"),
                a.sides().get(0).belligerents().stream().map(NamedEntry::name).toList());
        assertEquals(List.of("Earl of Varn", "Earl of Tarn", "Lord Osk"),
                a.sides().get(0).commanders().stream().map(Commander::name).toList());
        assertEquals(22500L, a.sides().get(0).strength().min());
        assertEquals(17000L, a.sides().get(1).strength().min());
    }

    @Test
    void victorsTheResultNamesAtOneEndStandTogetherAndADatedLineStaysWithTheResult() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Orrin Ridge", "", "Date24 June 1859",
                "LocationOrrin Ridge", "Result Decisive Franco-Sardinian victory", "Armistice of Tessa (12 July 1859)",
                "France France", "Kingdom of Sardinia Sardinia", "Austrian Empire Austria", "Commanders and leaders",
                "France Louis Varn", "Kingdom of Sardinia Piet Hale", "Austrian Empire Karl Osk", "Strength",
                "130,000 129,000", "Casualties and losses", "2,300 killed 2,400 killed"));
        assertEquals("Decisive Franco-Sardinian victory; Armistice of Tessa (12 July 1859)", a.result());
        assertEquals(List.of("France", "Sardinia"), a.sides().get(0).belligerents().stream().map(NamedEntry::name).toList());
        assertEquals(List.of("Austria"), a.sides().get(1).belligerents().stream().map(NamedEntry::name).toList());
        assertEquals(0, a.winner());
    }
}
