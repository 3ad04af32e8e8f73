package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sides whose column boundary is marked nowhere: blank-line groups of belligerents that share words ("North Orvania",
 * "North West Orvanian People's Organisation"), a Result whose subject defeats the other side, and commanders one to a
 * line with a parenthesis that holds a date. Invented articles: no real battle.
 */
class UnmarkedSidesTest {
    private static final String GROUPS = String.join("\n",
            "Jump to content",
            "",
            "Battle of Tessaly Ford",
            "",
            "From Wikipedia, the free encyclopedia",
            "",
            "Battle of Tessaly Ford",
            "Part of the Marren War",
            "Date4 May 1990 – 2 June 1990",
            "Location",
            "Tessaly Ford, Orvania",
            "Result",
            "  • North Orvania and the Free Coast Union defeat an offensive of the Tarskan army.",
            "  • The front returns to the river line.",
            "Belligerents",
            "",
            "Free Coast Union (FCU)",
            "",
            "North Orvania North Orvania",
            "",
            "Tarsk",
            "",
            "Kestria Kestria",
            "",
            "North West Orvanian People's Organisation",
            "",
            "Orvanian National Congress",
            "",
            "Commanders and leaders",
            "Adan Rell",
            "North Orvania Tomas Vey",
            "North Orvania Pell Marsh",
            "North Orvania Rod Fenn",
            "North Orvania Ilse Kort",
            "Kestria Ivo Darn",
            "Kestria Lute Amber Cass",
            "Strength",
            "FCU:",
            "20,000 militants",
            "North Orvania:",
            "900 troops",
            "",
            "Federation:",
            "7,000 soldiers",
            "Casualties and losses",
            "FCU: 300 killed",
            "Federation: 1,200 killed",
            "",
            "The Battle of Tessaly Ford was fought along the river in the spring of 1990.");

    private static final String DATED_LEADERS = String.join("\n",
            "Battle of Varn (1995–1996)",
            "",
            "The battle of Varn was the siege of the city of Varn by the army of Molderia, lasting from late 1995 to early 1996.",
            "",
            "Battle of Varn (1995–1996)",
            "Part of the Second Varnish War",
            "",
            "Date25 December 1995 – 6 February 1996",
            "Location",
            "Result",
            "",
            "Molderian victory",
            "",
            "Belligerents",
            "",
            " Molderia",
            " Varnish Republic",
            "Commanders and leaders",
            "Oskar Brandt (until 31 December)",
            "Piet Lorre (from 31 December)",
            "Anton Vessel",
            "Gregor Haan",
            "Ismet Kaya",
            "Selim Doruk ",
            "Yusuf Arin (WIA)",
            "Strength",
            "Around 21,200 troops Approximately 3,000 fighters",
            "Casualties and losses",
            "368 killed 1,500 killed",
            "This article is issued from an encyclopedia.");

    @Test
    void groupsThatShareAWordGoWhereTheirWholeNamesAreMentioned() {
        ParsedArticle a = new ArticleParser().parse(GROUPS);
        assertEquals(List.of("Free Coast Union (FCU)", "North Orvania"), names(a.sides().get(0).belligerents()));
        assertEquals(List.of("Tarsk", "Kestria", "North West Orvanian People's Organisation", "Orvanian National Congress"),
                names(a.sides().get(1).belligerents()));
        assertEquals(List.of("Adan Rell", "Tomas Vey", "Pell Marsh", "Rod Fenn", "Ilse Kort"), commanders(a, 0));
        assertEquals(List.of("Ivo Darn", "Lute Amber Cass"), commanders(a, 1));
    }

    @Test
    void theVictorsOfAResultThatDefeatsAreNamedWhole() {
        assertEquals("North Orvania and the Free Coast Union",
                VictorPhrase.of("North Orvania and the Free Coast Union defeat an offensive of the Tarskan army."));
        assertEquals("Decisive Molderian", VictorPhrase.of("Decisive Molderian victory; the city falls"));
        assertTrue(NamedEntry.isNamedWholeIn("North Orvania and the Free Coast Union", "Free Coast Union (FCU)"));
        assertTrue(!NamedEntry.isNamedWholeIn("North Orvania and the Free Coast Union",
                "North West Orvanian People's Organisation"));
    }

    @Test
    void aColumnNeverEndsInsideAParenthesis() {
        ParsedArticle a = new ArticleParser().parse(DATED_LEADERS);
        List<String> all = a.sides().stream().flatMap(s -> s.commanders().stream()).map(Commander::name).toList();
        assertEquals(7, all.size(), all.toString());
        assertTrue(all.stream().noneMatch(n -> n.contains("December") || n.contains("(")), all.toString());
        assertEquals(List.of("Oskar Brandt", "Piet Lorre"), commanders(a, 0).subList(0, 2));
    }

    @Test
    void aFootnoteMarkerDoesNotHideAStateTheLexiconKnows() {
        String page = String.join("\n", "Battle of Marrow Ford | |||||||||", "---|---|---|---|---|---|---|---|---|---|",
                "Part of the Marrow campaign | |||||||||", "| |||||||||", "Belligerents | |||||||||",
                "Umayyad Caliphate[1] | |||||||||", "Commanders and leaders | |||||||||", "Tarik Essa[1] † | |||||||||",
                "Strength | |||||||||", "15,000[1] | 20,000[1] | ||||||||", "Casualties and losses | |||||||||",
                "1,000[1] | 12,000[1] |", "The Battle of Marrow Ford was fought in the autumn of 734 near the river crossing.");
        ParsedArticle a = new ArticleParser().parse(page);
        List<String> all = a.sides().stream().flatMap(s -> s.belligerents().stream()).map(NamedEntry::name).toList();
        assertEquals(List.of("Umayyad Caliphate"), all);
    }

    private static List<String> commanders(ParsedArticle a, int side) {
        return a.sides().get(side).commanders().stream().map(Commander::name).toList();
    }

    private static List<String> names(List<NamedEntry> entries) {
        return entries.stream().map(NamedEntry::name).toList();
    }
}
