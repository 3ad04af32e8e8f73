package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OneLineInfoboxTest {
    private static final ParsedArticle ARTICLE = new ArticleParser().parse("""
            Wars of the Tessan League > Battle of the Orle Ford

            Battle of the Orle Ford

            Tessan Wars - Tessan Wars BannerBattle of the Orle FordPart of the Second Tessan WarFord map of the river.pngDate \
            312 BCLocationOrle Ford, VarniaResultDecisive Tessan victoryBelligerentsVarnian standard.svg VarniaBanner \
            of the Tessan League.svg Tessan LeagueCommanders and leadersOskar Halm †Piet Darro Varne,Edric Solm,Hadran \
            VossStrength~18,000 soldiers:(15,000 infantry and 3,000 horse) and 12 chariots26,000 soldiers:(6 \
            legions)Casualties and losses9,000 killed(as Tamo tells it)1,500 killed(as Tamo tells it)


            The Battle of the Orle Ford was fought in 312 BC between Varnia and the Tessan League at the ford of the \
            river Orle. Oskar Halm led the Varnian army and fell in the battle.
            """);

    @Test
    void rowLabelsGluedToTheirValuesBreakTheLineIntoRows() {
        assertEquals("Battle of the Orle Ford", ARTICLE.title());
        assertEquals("Second Tessan War", ARTICLE.partOf());
        assertEquals("Orle Ford, Varnia", ARTICLE.location());
        assertEquals("Decisive Tessan victory", ARTICLE.result());
    }

    @Test
    void aFileNameGluedToTheNameBeforeItStartsTheOtherColumn() {
        assertEquals(List.of(List.of("Varnia"), List.of("Tessan League")),
                ARTICLE.sides().stream().map(side -> side.belligerents().stream().map(NamedEntry::name).toList()).toList());
    }

    @Test
    void aDaggerStaysWithTheManBeforeItAndAGluedCommaStillParts() {
        Side varnia = ARTICLE.sides().get(0);
        assertEquals("Oskar Halm", varnia.commanders().get(0).name());
        assertEquals("KIA", varnia.commanders().get(0).note());
        assertEquals(List.of("Piet Darro Varne", "Edric Solm", "Hadran Voss"),
                ARTICLE.sides().get(1).commanders().stream().map(Commander::name).toList());
    }

    @Test
    void aFigureGluedToTheWordBeforeItStartsTheOtherColumn() {
        assertEquals(List.of(18_000L, 26_000L), ARTICLE.sides().stream().map(side -> side.strength().min()).toList());
        assertEquals(List.of(9_000L, 1_500L), ARTICLE.sides().stream().map(side -> side.casualties().killed()).toList());
    }
}
