package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A list of states parts where one world-war bloc's members of the battle's time end and the others begin. */
class AllianceBlocsTest {
    private static List<TextLine> lines(String... states) {
        List<TextLine> out = new ArrayList<>();
        for (int i = 0; i < states.length; i++) {
            out.add(TextLine.of(10 + i, states[i]));
        }
        return out;
    }

    private static List<List<String>> columns(ColumnSplitter.Split split) {
        return List.of(split.left().stream().map(Piece::clean).toList(), split.right().stream().map(Piece::clean).toList());
    }

    @Test
    void theAxisMembersOfTheMonthMakeTheSecondColumn() {
        ColumnSplitter.Split split = Blocs.split(lines("United Kingdom", "New Zealand", "Free France", "Greece", "Italy",
                "Germany"), "1943-04-06");
        assertEquals(List.of(List.of("United Kingdom", "New Zealand", "Free France", "Greece"),
                List.of("Italy", "Germany")), columns(split));
    }

    @Test
    void theBlocMayStandFirst() {
        assertEquals(List.of(List.of("German Empire", "Ottoman Empire"), List.of("France", "Russian Empire")),
                columns(Blocs.split(lines("German Empire", "Ottoman Empire", "", "France", "Russian Empire"), "1916")));
    }

    @Test
    void theCommunistSideOfTheKoreanWarStandsApartFromTheUnitedNations() {
        assertEquals(List.of(List.of("United Nations", "United States", "Netherlands", "South Korea"),
                List.of("North Korea", "China")), columns(Blocs.split(lines("United Nations", "", "United States",
                "Netherlands", "South Korea", "North Korea", "China"), "1951-09-13")));
    }

    @Test
    void aStateThatChangedSidesLeavesTheListUndecided() {
        assertNull(Blocs.split(lines("United States", "Italy", "Germany"), "1943-10-13"));
        assertNull(Blocs.split(lines("United States", "Italy", "Germany"), "1943"), "a year that holds the change");
    }

    @Test
    void membersOnBothEndsOrNoneGiveNoColumns() {
        assertNull(Blocs.split(lines("Germany", "United Kingdom", "Japan"), "1942-05-01"));
        assertNull(Blocs.split(lines("France", "Kingdom of Prussia"), "1870-08-04"));
        assertNull(Blocs.split(lines("France", "Germany"), "-52"));
    }

    @Test
    void aPageListingBothBlocsWithoutAGapIsReadInTwoColumns() {
        String page = String.join("\n", "Battle of Oued Sarra", "", "Battle of Oued Sarra", "Part of the Sahel campaign",
                "", "Date6–7 April 1943", "LocationOued Sarra", "Result Allied victory", "Belligerents", "",
                " United Kingdom", "", " New Zealand", " Free France", " Italy", " Germany",
                "Commanders and leaders", "Amos Pell Rufus Grane", "Strength", "3 divisions 20,000",
                "Casualties and losses", "1,200 7,000 captured", "",
                "The Battle of Oued Sarra was fought on the coast road in April 1943.", "",
                "  1. ^ Invented for this test.", "", "From Wikipedia, the free encyclopedia · View on Wikipedia");
        ParsedArticle parsed = new ArticleParser().parse(page);
        assertEquals(List.of("United Kingdom", "New Zealand", "Free France"),
                parsed.sides().get(0).belligerents().stream().map(NamedEntry::name).toList());
        assertEquals(List.of("Italy", "Germany"), parsed.sides().get(1).belligerents().stream().map(NamedEntry::name).toList());
    }

    @Test
    void anAlliedVictoryGoesToTheAlliesEvenWhereTheOtherSidesNamesWereLost() {
        String page = String.join("\n", "Battle of Oued Sarra explained", "", "Conflict:Battle of Oued Sarra",
                "Partof:the Sahel campaign", "Date:1–21 July 1945", "Place:Oued Sarra", "Result:Allied victory",
                "Combatant1: Australia", "United States", "Netherlands", "Commander1: Amos Pell", "Rufus Grane",
                "Commander2: Hayato Tanabe", "Strength1:33,000", "Strength2:3,100 soldiers", "Casualties1:229 killed",
                "Casualties2:2,032 killed", "", "The Battle of Oued Sarra was the last stage of the Sahel campaign.");
        ParsedArticle parsed = new ArticleParser().parse(page);
        assertEquals(0, parsed.winner());
    }
}
