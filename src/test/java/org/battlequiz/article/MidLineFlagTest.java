package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A mirror that printed both columns of commanders on one line, each name after its flag label: the second label sits
 * inside the line. Invented battle and commanders between real states.
 */
class MidLineFlagTest {
    private final ParsedArticle parsed = new ArticleParser().parse(String.join("\n",
            "Battle of Varro Field",
            "Date September 8–15 1847",
            "Location Varro Field",
            "Result Decisive United States victory",
            "Belligerents",
            " United States  Mexico",
            "Commanders and leaders",
            "United States Hadran Oskel Mexico Tomas Ruiz de la Vega",
            "Strength",
            "7,157 16,000",
            "",
            "The Battle of Varro Field was fought in September 1847."));

    @Test
    void theSecondColumnsFlagLabelIsNoPartOfItsName() {
        List<List<String>> names = parsed.sides().stream()
                .map(s -> s.commanders().stream().map(Commander::name).toList()).toList();
        assertEquals(List.of(List.of("Hadran Oskel"), List.of("Tomas Ruiz de la Vega")), names);
    }

    /** The first row of both columns on one line, each name after its flag's file name; the rest one to a line. */
    @Test
    void twoFlaggedNamesOnOneLineAreWhereTheColumnsMeet() {
        ParsedArticle fileNames = new ArticleParser().parse(String.join("\n", "Battle of Orrin", "",
                "Date11 May 1745", "Result Decisive Tessan victory",
                "Royal Standard of Tessa.svg  Tessa Statenvlag.svg  Varn Republic", "Union flag 1606.svg  Great Harl",
                "Flag of Osten (1692).svg Osten", "Commanders and leaders", "Royal Standard of Tessa.svg Louis Varre",
                "Statenvlag.svg Prince Waldo", "Union flag 1606.svg Earl Lynden", "Strength", "50,000 53,000", "",
                "The Battle of Orrin was fought in May 1745."));
        assertEquals(List.of(List.of("Tessa"), List.of("Varn Republic", "Great Harl", "Osten")), fileNames.sides()
                .stream().map(side -> side.belligerents().stream().map(NamedEntry::name).toList()).toList());
    }

    @Test
    void aFlagsFileNameInsideALineStartsTheNextEntryWhereverItStands() {
        ParsedArticle files = new ArticleParser().parse(String.join("\n", "Battle of Orrin Bay", "",
                "Date1 May 1898", "Result Decisive Vellish victory", "Belligerents",
                "Flag of Velland (1896-1908).svg Velland Flag of Ostria (1785-1873, 1875-1931).svg Ostria",
                "Commanders and leaders",
                "Flag of Velland (1896-1908).svg George Dane Flag of Ostria (1785-1873, 1875-1931).svg Pablo Monte",
                "Strength", "1,800 2,000", "", "The Battle of Orrin Bay was fought in May 1898."));
        assertEquals(List.of(List.of("Velland"), List.of("Ostria")), files.sides().stream()
                .map(side -> side.belligerents().stream().map(NamedEntry::name).toList()).toList());
        assertEquals(List.of(List.of("George Dane"), List.of("Pablo Monte")), files.sides().stream()
                .map(side -> side.commanders().stream().map(Commander::name).toList()).toList());
    }

    /**
     * Only the second side's belligerent was printed under an icon, and so were its commanders; the first side's
     * commanders, with none, run on past a blank line into the second group.
     */
    @Test
    void anIconOnlyOneSideCarriesSaysWhichCommandersAreTheOthers() {
        ParsedArticle icons = new ArticleParser().parse(String.join("\n", "Battle of Quell Ford", "",
                "Date 3 March 912", "Result Orvish victory", "Belligerents",
                "Kingdom of Tarse Plain banner.svg Orvish Realm", "Commanders and leaders", "", "Aldo Brennick",
                "Hask Morrow", "", "Tavin Solle", "Edric Vane", "Plain banner.svg Oswin Harle",
                "Plain banner.svg Corran Delt", "Plain banner.svg Berit Lowe", "", "Casualties and losses", "Heavy Light",
                "", "The Battle of Quell Ford was fought in 912."));
        assertEquals(List.of(List.of("Aldo Brennick", "Hask Morrow", "Tavin Solle", "Edric Vane"),
                List.of("Oswin Harle", "Corran Delt", "Berit Lowe")), icons.sides().stream()
                .map(side -> side.commanders().stream().map(Commander::name).toList()).toList());
    }
}
