package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.battlequiz.article.ArticleParser;
import org.battlequiz.article.ParsedArticle;
import org.junit.jupiter.api.Test;

/** Commander items only where a learner cannot tell the sides apart by the look of the names. Invented names. */
class NameStylesTest {
    @Test
    void namesWrittenInTwoStylesTellTheSidesApart() {
        assertTrue(NameStyles.tellApart(List.of("Winfield Tarr"), List.of("Santo Varga", "Nicolás Brava", "Felipe Orrán")));
        assertTrue(NameStyles.tellApart(List.of("Edwin Hale", "Julian Byrd"), List.of("Georg von der Marl")));
        assertFalse(NameStyles.tellApart(List.of("Oliver Harte", "Jesse Ellam"), List.of("Robert Barrow", "Robert Finch")));
        assertTrue(NameStyles.tellApart(List.of("Edwin Hale"), List.of("Santo Varga")), "one name against one");
        assertTrue(NameStyles.tellApart(List.of("Tarna Hideke", "Osaki Toshine"), List.of("Pak Su-min", "Han Gyeong-il")),
                "given names in hyphened syllables");
        assertFalse(NameStyles.tellApart(List.of("Jean-Louis Varre", "Pierre Olin"), List.of("Jean-Marc Daule", "Paul Orin")));
        assertTrue(NameStyles.tellApart(List.of("Gaius Varrus", "Quintus Orlan Tessus"), List.of("Boiorax", "Lugran",
                "Cledovix")), "leaders known by one name against men with family names");
        assertTrue(NameStyles.tellApart(List.of("Arthur Pell", "Aden Saidi"), List.of("Takuro Matsuda")),
                "names in Japanese syllables against others");
    }

    @Test
    void noCommanderSideItemWhereTheNamesGiveTheSideAway() {
        ParsedArticle article = new ArticleParser().parse(String.join("\n", "Battle of Varro Hill", "",
                "Date13 September 1847", "LocationVarro Hill", "Result Decisive Vellish victory", "Belligerents",
                "Velland Ostria", "Commanders and leaders", "Winfield Tarr", "", "Santo Varga", "Nicolás Brava",
                "Felipe Orrán", "Strength", "7,180 1,232", "Casualties and losses", "130 killed 1,800 killed", "",
                "The Battle of Varro Hill was fought in September 1847."));
        assertEquals(List.of(), Fixtures.items(new CommanderItems(), article));
        assertTrue(Fixtures.items(new SideItems(), article).stream().noneMatch(q -> q.prompt().contains("commander")));
    }
}
