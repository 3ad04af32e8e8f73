package org.battlequiz.article;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Infoboxes as other readers render them, on invented battles: lost labels, site chrome, cells, key dumps. */
class MirrorLayoutsTest {
    private final ArticleParser parser = new ArticleParser();

    private static List<String> names(List<NamedEntry> entries) {
        return entries.stream().map(NamedEntry::name).toList();
    }

    private static List<String> commanders(Side side) {
        return side.commanders().stream().map(Commander::name).toList();
    }

    @Test
    void aKidsPageWithItsHeaderAndACutOffEndIsReadWithAWarning() {
        ParsedArticle a = parser.parse(String.join("\n", "kids encyclopedia robot", "",
                "Battle of Grey Ford facts for kids", "", "Kids Encyclopedia Facts", "Quick facts for kids",
                "Battle of Grey Ford", "Part of the Marsh Wars", "Greyford-painting.jpg", "A painting of the ford",
                "Date March 3, 1702", "Location", "Grey Ford, Lower Tarn", "Result Tarnish victory", "Territorial",
                "changes", "Tarn keeps the ford", "Belligerents", "Kingdom of Tarn Marsh League",
                "Commanders and leaders", "Osric Vell: Overall commander", "Hanne Dorr", "Piet Maas Executed",
                "Jory Quill", "Strength", "4,000", "6,500", "Casualties and losses", "300 killed"));
        assertEquals("Battle of Grey Ford", a.title());
        assertEquals("Marsh Wars", a.partOf());
        assertEquals("1702-03-03", a.dateStart());
        assertEquals("Grey Ford, Lower Tarn", a.location());
        assertEquals("Tarnish victory", a.result());
        assertEquals("Osric Vell", a.sides().get(0).commanders().get(0).name());
        assertTrue(a.warnings().stream().anyMatch(w -> w.contains("stops")), a.warnings().toString());
    }

    @Test
    void eachColumnsOwnSupportHeadingSaysWhereTheSecondColumnStarts() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Kell Moor", "", "Battle of Kell Moor",
                "Date 3 June 880", "Location Kell Moor", "Result Kellish victory", "Belligerents", "Kingdom of Kell",
                "Supported by:", "Duchy of Marn", "Varn League", "Supported by:", "Kingdom of Ostra", "Ardish Crown",
                "Hill clans", "Commanders and leaders", "Aldo Brant", "Ulf Harrow", "Strength", "3,000", "5,000",
                "", "The Battle of Kell Moor was fought between the Kingdom of Kell and the Varn League."));
        assertEquals(List.of("Kingdom of Kell", "Duchy of Marn"), names(a.sides().get(0).belligerents()));
        assertEquals(List.of("Varn League", "Kingdom of Ostra", "Ardish Crown", "Hill clans"),
                names(a.sides().get(1).belligerents()));
    }

    @Test
    void aGivenNameAfterARankedNameStartsTheSecondColumn() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Kell Moor", "", "From the wiki, a free encyclopedia",
                "", "Battle of Kell Moor", "Part of the Varn War", "Date August 20, 1708", "Location Near Kell, Westmarch",
                "Result Kellish victory", "Combatants", "Kell, Ostra Varn", "Commanders",
                "Sir Aldo Brantley Jean-Pierre Varo", "Strength", "20,500 men", "14,000 men", "Casualties",
                "720 killed 2,000 killed", "", "Aldo Brantley landed at Kell in August. Varo marched north to meet Brantley."
                        + " Varo attacked the ridge twice, and Brantley held it."));
        assertEquals(List.of("Aldo Brantley"), commanders(a.sides().get(0)));
        assertEquals(List.of("Jean-Pierre Varo"), commanders(a.sides().get(1)));
    }

    @Test
    void aTranslatedInfoboxWithFlagYearsIsReadByItsLabels() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Kell Moor", "", "from the wiki", "Battle of Kell Moor",
                "date August 20, 1648", "place Kell Moor", "output Kellish victory", "Parties to the conflict", "",
                "Sweden Kingdom 1650Sweden Sweden", "", "Denmark 1500Denmark Denmark", "", "Commander", "", "Aldo Brant", "",
                "Ulf Harrow", "", "Troop strength", "14,000 men", "18 guns", "18,000 men", "38 guns", "losses", "",
                "approx. 2,000 dead", "", "The Battle of Kell Moor was fought between Sweden and Denmark in 1648."));
        assertEquals(List.of("Sweden"), names(a.sides().get(0).belligerents()));
        assertEquals(List.of("Denmark"), names(a.sides().get(1).belligerents()));
        assertEquals(List.of("Aldo Brant"), commanders(a.sides().get(0)));
        assertEquals(List.of("Ulf Harrow"), commanders(a.sides().get(1)));
        assertEquals(14000L, a.sides().get(0).strength().min());
        assertEquals(18000L, a.sides().get(1).strength().min());
    }

    @Test
    void aSitesIndexLineAndABreadcrumbAreNoTitle() {
        String rows = String.join("\n", "Date 3 June 880", "Location Kell Moor", "Result Kellish victory", "Belligerents",
                "Kingdom of Kell", "Varn League", "Commanders and leaders", "Aldo Brant", "Ulf Harrow", "Strength", "3,000",
                "5,000", "", "The Battle of Kell Moor was fought between the Kingdom of Kell and the Varn League.");
        assertEquals("Battle of Kell Moor", parser.parse("Main Page | See live article | Alphabetical index\n\n"
                + "Battle of Kell Moor\n\n" + rows).title());
        assertEquals("Battle of Kell Moor", parser.parse("Encyclopedia > Battle of Kell Moor\n\n  Article Content\n\n"
                + rows).title());
    }

    @Test
    void aFlagsShortLabelStaysWithTheLongFormAfterIt() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Kell Sound", "", "Battle of Kell Sound",
                "Date 13 July 1658", "Result Swedish victory", "Belligerents", " Kingdom of Denmark Sweden Kingdom of Sweden",
                "Norway Kingdom of Norway", "Commanders and leaders", "Kingdom of Denmark Aldo Brant Sweden Ulf Harrow", "Strength", "12,000 15,000",
                "", "The Battle of Kell Sound was won by the Swedish fleet, which Norway joined."));
        assertEquals(List.of("Kingdom of Denmark"), names(a.sides().get(0).belligerents()));
        assertEquals(List.of("Kingdom of Sweden", "Kingdom of Norway"), names(a.sides().get(1).belligerents()));
    }

    @Test
    void aMaintenanceNoticeAboveTheTitleGivesNoDate() {
        ParsedArticle a = parser.parse(String.join("\n", "This article includes a list of sources, but its readers"
                        + " find too few citations beside the text. (May 2013) |", "Battle of Kell Moor | |||||||",
                "---|---|---|---|---|---|---|---|", "Part of the Varn raids | |||||||",
                "Map of the battle of Kell Moor | |||||||", "| |||||||", "Belligerents | |||||||",
                "Kingdom of Kell | Varn Raiders | ||||||", "Commanders and leaders | |||||||", "Aldo Brant |",
                "Ulf Harrow | ||||||", "Strength | |||||||", "3,000 | 5,000 | ||||||",
                "The Battle of Kell Moor, fought on 3 June 880 on the moor, was won by the Kingdom of Kell."));
        assertEquals("Battle of Kell Moor", a.title());
        assertEquals("0880-06-03", a.dateStart());
    }

    @Test
    void countsOfFormationsAfterTheCommandersOpenALostStrengthRow() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Kell Moor", "Part of the Varn raids",
                "Date 3 June 880", "Location Kell Moor, Westmarch", "Result Kellish victory", " Kell",
                "Province of Harrow Harrow", "Commanders and leaders", "Kell Aldo Brant", "Harrow Kerro Stane",
                "Varn Ulf Harrow", "", "15 Kellish battalions", "18 Kellish squadrons", "", "98 guns",
                "23,000 engaged of 45,000", "", "5 Varn brigades", "Casualties and losses", "2,000 killed", "",
                "The Battle of Kell Moor was won by the Kingdom of Kell."));
        List<String> commanders = a.sides().stream().flatMap(s -> s.commanders().stream()).map(Commander::name).toList();
        assertTrue(commanders.stream().noneMatch(c -> c.contains("battalions") || c.contains("squadrons")),
                commanders::toString);
        assertTrue(a.sides().stream().flatMap(s -> s.belligerents().stream()).anyMatch(b -> b.name().equals("Harrow")),
                a.sides()::toString);
    }

    @Test
    void aClaimantsLabelStaysWithTheFigureItIntroducesAndNamesBelowTheLossesAreDropped() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Kell Moor", "Part of the Varn raids",
                "Date 3 June 880", "Location Kell Moor, Westmarch", "Result Kingdom of Kell victory", "Belligerents",
                "", "Varn Raiders", "", "Kingdom of Kell", "Commanders and leaders", "", "Ulf Harrow", "", "Aldo Brant",
                "Casualties and losses", "Disputed", "Kingdom of Kell claim:", "2,000 killed",
                "733-847 killed, wounded or missing", "", "Varn Raiders", "", "Ulf Harrow", "",
                "The Battle of Kell Moor was won by the Kingdom of Kell."));
        assertEquals("Disputed; Kingdom of Kell claim: 2,000 killed", a.sides().get(0).casualties().text());
        assertEquals("733-847 killed, wounded or missing", a.sides().get(1).casualties().text());
    }

    @Test
    void theCaptionOfTheLocatorMapEndsTheInfobox() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Kell Moor", "Part of the Varn raids",
                "Date 3 June 880", "Location Kell Moor, Westmarch", "Result Kellish victory", "Belligerents",
                "Kingdom of Kell", "", "Varn Raiders", "Commanders and leaders", "Aldo Brant", "", "Ulf Harrow",
                "Casualties and losses", "96 killed", "", "710 killed", "Location of Kell Moor in Westmarch.", "",
                "The Battle of Kell Moor was won by the Kingdom of Kell."));
        assertEquals("710 killed", a.sides().get(1).casualties().text());
    }

    @Test
    void aFileNameGluedToTheNameBeforeItStartsAnEntry() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Kell Moor", "Part of the Varn raids",
                "Date 3 June 880", "Location Kell Moor, Westmarch", "Result Kellish victory", "Belligerents",
                "Varn EmpireCoat of arms of Kell.svg Kingdom of Kell", "Commanders and leaders",
                "Ulf Harrow ", "Coat of arms of Kell.svg Aldo Brant", "Strength", "5,000 3,000", "",
                "The Battle of Kell Moor was won by the Kingdom of Kell."));
        List<String> all = a.sides().stream().flatMap(s -> s.belligerents().stream()).map(NamedEntry::name).toList();
        assertEquals(List.of("Varn Empire", "Kingdom of Kell"), all);
    }

    @Test
    void aFileNamedAfterTheNameItStandsBeforeStartsAnEntry() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Kell Moor", "Part of the Varn raids",
                "Date 3 June 880", "Location Kell Moor, Westmarch", "Result Kellish victory", "Belligerents",
                "Flag of Kell (800).svg Kingdom of Kell Varn Raiders flag.jpg Varn Raiders", "Commanders and leaders",
                "Aldo Brant Ulf Harrow", "Strength", "5,000 3,000", "",
                "The Battle of Kell Moor was won by the Kingdom of Kell."));
        assertEquals(List.of("Kingdom of Kell"), a.sides().get(0).belligerents().stream().map(NamedEntry::name).toList());
        assertEquals(List.of("Varn Raiders"), a.sides().get(1).belligerents().stream().map(NamedEntry::name).toList());
    }

    @Test
    void aHeraldicFileInsideALineStartsAnEntry() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Kell Moor", "Part of the Varn raids",
                "Date 3 June 880", "Location Kell Moor, Westmarch", "Result Kellish victory",
                "Blason Comte-de-Kell.svg County of Kell Armoiries Varn Ancien.png Kingdom of Varn",
                "Commanders and leaders", "Aldo Brant Ulf Harrow", "Strength", "5,000 3,000", "",
                "The Battle of Kell Moor was won by the County of Kell."));
        assertEquals(List.of("County of Kell"), a.sides().get(0).belligerents().stream().map(NamedEntry::name).toList());
        assertEquals(List.of("Kingdom of Varn"), a.sides().get(1).belligerents().stream().map(NamedEntry::name).toList());
    }

    @Test
    void emptyImageLinksInATableCellPartTheEntriesTheyStoodBy() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Kell Moor | |||||||",
                "---|---|---|---|---|---|---|---|", "Part of the Varn raids | |||||||",
                "![]() a drawing of the moor |", "|||||||", "Belligerents | |||||||",
                "Kingdom of Kell![]() |", "Varn Raiders![]() |", "||||||", "Commanders and leaders | |||||||",
                "Aldo Brant |", "![]() Ulf Harrow (POW) ![]() ![]() Kerro Stane † ![]() |", "||||||",
                "Strength | |||||||", "3,000 | 5,000 | ||||||",
                "The Battle of Kell Moor, fought on 3 June 880 on the moor, was won by the Kingdom of Kell."));
        assertEquals(List.of("Kingdom of Kell"), names(a.sides().get(0).belligerents()));
        assertEquals(List.of("Ulf Harrow", "Kerro Stane"),
                a.sides().get(1).commanders().stream().map(Commander::name).toList());
        assertTrue(a.sides().stream().flatMap(s -> s.commanders().stream()).noneMatch(c -> c.name().contains("!")));
    }

    @Test
    void lostBelligerentsAndStrengthLabelsAreRestoredFromTheShapeOfTheLines() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Kell Moor", "",
                "The Battle of Kell Moor (June 880) was fought by the Kingdom of Kell against the Varn Raiders,"
                        + " who were driven back across the moor and never returned to the valley again.",
                "", "Battle of Kell Moor", "Part of the Varn raids", "", "A standing stone on the moor",
                "DateJune 880", "Kell Moor, Westmarch", "Result Kellish victory", "The raiders leave the valley",
                "Kingdom of Kell Varn Raiders", "Commanders and leaders", "Aldo Brant", "Kerro Stane",
                "Ulf Harrow (POW)", "", "3,000 spearmen", "", "5,000–6,000 raiders", "Casualties and losses",
                "400 killed 2,000 killed", "", "The battle began at dawn."));
        assertEquals("Kell Moor, Westmarch", a.location());
        assertEquals("Kellish victory; The raiders leave the valley", a.result());
        assertEquals(List.of("Kingdom of Kell"), names(a.sides().get(0).belligerents()));
        assertEquals(List.of("Varn Raiders"), names(a.sides().get(1).belligerents()));
        assertEquals(3000L, a.sides().get(0).strength().min());
        assertEquals(5000L, a.sides().get(1).strength().min());
        assertEquals(6000L, a.sides().get(1).strength().max());
        assertEquals(0, a.winner());
        assertTrue(a.warnings().stream().anyMatch(w -> w.contains("Belligerents")));
    }

    @Test
    void formationCountsForBothSidesBeforeTheLossesAreTheStrengthNotACommander() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Kell Moor", "", "Battle of Kell Moor",
                "Date 3 June 1880", "Result Kellish victory", "", " Kingdom of Kell", "", " Varn League",
                "Commanders and leaders", "Aldo Brant", "Ulf Harrow", "7 brigades 4 brigades", "Casualties and losses",
                "400 killed 2,000 killed", "", "The battle began at dawn."));
        List<String> commanders = a.sides().stream().flatMap(s -> s.commanders().stream()).map(Commander::name).toList();
        assertEquals(List.of("Aldo Brant", "Ulf Harrow"), commanders);
    }

    @Test
    void bulletedRowLabelsAPictureCaptionAndAnUnlabelledResultAreRead() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Kell Moor", "", "Battle of Kell Moor",
                "", "Battle of Kell Moor, oil on canvas painting by Ada Marr, 1850", "Date3 June 880",
                "Location54°21′54″N 06°11′51″W", "", "Kellish victory", "", "Belligerents", "  • Kingdom of Kell",
                "  • Varn Raiders", "  • Commanders and leaders", "  • Aldo Brant", "  • Ulf Harrow", "  • Strength",
                "  • 3,000", "  • 5,000", "", "The Battle of Kell Moor was fought in June 880 by the Kingdom of Kell"
                        + " against the Varn Raiders, who were driven back across the moor."));
        assertEquals("Battle of Kell Moor", a.title());
        assertEquals("Kellish victory", a.result());
        assertTrue(a.location() == null, a.location());
        List<String> belligerents = a.sides().stream().flatMap(s -> s.belligerents().stream()).map(NamedEntry::name)
                .toList();
        assertEquals(List.of("Kingdom of Kell", "Varn Raiders"), belligerents);
        assertEquals(List.of("Aldo Brant", "Ulf Harrow"),
                a.sides().stream().flatMap(s -> s.commanders().stream()).map(Commander::name).toList());
    }

    @Test
    void aNativeNameUnderTheEnglishTitleIsNotTheTitle() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Kell Moor", "", "Battle of Kell Moor",
                "Slaget ved Kellmor", "Part of the Varn raids", "Date 3 June 880", "Result Kellish victory",
                "Belligerents", "Kingdom of Kell", "Varn Raiders", "Commanders and leaders", "Aldo Brant Ulf Harrow", "",
                "The Battle of Kell Moor was fought in June 880 by the Kingdom of Kell against the Varn Raiders."));
        assertEquals("Battle of Kell Moor", a.title());
    }

    @Test
    void thePageTitlePrintedAsEachFlagsLabelIsDropped() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Kell Moor", "", "Battle of Kell Moor",
                "Date 3 June 880", "Result Kellish victory", "Belligerents",
                "Battle of Kell Moor Kingdom of Kell Battle of Kell Moor Varn Raiders", "Commanders and leaders",
                "Aldo Brant Ulf Harrow", "", "The Battle of Kell Moor was fought in June 880 by the Kingdom of Kell"
                        + " against the Varn Raiders, who were driven back across the moor."));
        assertEquals(List.of("Kingdom of Kell"), names(a.sides().get(0).belligerents()));
        assertEquals(List.of("Varn Raiders"), names(a.sides().get(1).belligerents()));
    }

    @Test
    void flagFileNamesAreDroppedAndMarkWhereAMergedLineSplits() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Sarn", "", "Battle of Sarn",
                "Part of the Salt War", "Date2 May 1350", "Result Sarnish victory",
                "Arms of Sarn.svg Kingdom of Sarn Old Banner of Tolm.svg Duchy of Tolm", "Commanders and leaders",
                "Arms of Sarn.svg Edric of Sarn", "Old Banner of Tolm.svg Bertil Hale", "Strength", "2,000 3,000",
                "Casualties and losses", "100 killed 900 killed", "", "The battle was short and sharp."));
        assertEquals(List.of("Kingdom of Sarn"), names(a.sides().get(0).belligerents()));
        assertEquals(List.of("Duchy of Tolm"), names(a.sides().get(1).belligerents()));
        assertEquals(List.of("Edric of Sarn"), commanders(a.sides().get(0)));
        assertEquals(List.of("Bertil Hale"), commanders(a.sides().get(1)));
    }

    @Test
    void aTableWithCellsSplitByPipesGivesEachColumnItsSide() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Ostra Hill | |||||",
                "---|---|---|---|---|---|", "Part of the Reed War | |||||", "Date | 4 April 1620 | Location | Ostra Hill",
                "| Result | Reedish victory | |", "Belligerents | |||||", "Reed Republic |", "Ostran March | |||||",
                "Commanders and leaders | |||||", "Ivo Pell | Mara Stock † | ||||", "Strength | |||||",
                "8,000 | 5,000 | ||||", "Casualties and losses | |||||", "200 killed |", "1,500 killed |",
                "The Reed Republic took the hill after a day of fighting."));
        assertEquals("Battle of Ostra Hill", a.title());
        assertEquals("1620-04-04", a.dateStart());
        assertEquals("Ostra Hill", a.location());
        assertEquals(List.of("Reed Republic"), names(a.sides().get(0).belligerents()));
        assertEquals(List.of("Ostran March"), names(a.sides().get(1).belligerents()));
        assertEquals(List.of("Mara Stock"), commanders(a.sides().get(1)));
        assertEquals("KIA", a.sides().get(1).commanders().get(0).note());
        assertEquals(5000L, a.sides().get(1).strength().min());
        assertEquals(1500L, a.sides().get(1).casualties().killed());
    }

    @Test
    void aQuotationBeforeTheInfoboxIsNotTakenForTheTitle() {
        ParsedArticle a = parser.parse(String.join("\n",
                "\"the marsh - like a stubborn friend - gives nothing for free. The wise captain learns its paths, then"
                        + " rests and does not fret about the weather he cannot change.\" Date | 2 May 1701 | Location"
                        + " | Pell Marsh", "| Result | Reedish victory | |", "Belligerents | |||||", "Reed Republic |",
                "Ostran March | |||||", "Commanders and leaders | |||||", "Ivo Pell | Mara Stock | ||||",
                "The Battle of Pell Marsh was fought in the spring of 1701 between the Reed Republic and the March."));
        assertEquals("Battle of Pell Marsh", a.title());
        assertTrue(a.warnings().stream().anyMatch(w -> w.contains("does not read as a title")), a.warnings().toString());
        assertEquals("1701-05-02", a.dateStart());
        assertEquals(List.of("Ostran March"), names(a.sides().get(1).belligerents()));
    }

    @Test
    void aRawStatusTemplateMarksTheCommanderAndAResultLineIsNoBelligerent() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Tarn Ford", "Part of the Reed War",
                "Date 4 April 1620", "Location Tarn Ford", "Result Reedish victory", "Belligerents",
                "Reed Republic", "Ostran March", "Fall of the Ostran March",
                "Commanders and leaders", "Ivo Pell", "Mara Stock {WIA}",
                "Strength", "8,000", "5,000", "Casualties and losses", "200 killed", "1,500 killed",
                "The Reed Republic took the ford after a day of fighting."));
        assertEquals(List.of("Ostran March"), names(a.sides().get(1).belligerents()));
        assertEquals(List.of("Mara Stock"), commanders(a.sides().get(1)));
        assertEquals("WIA", a.sides().get(1).commanders().get(0).note());
    }

    @Test
    void aHeadingThatEndsAMergedBelligerentLineOpensTheOtherSide() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Wend Heath", "Part of the Lake Wars",
                "Date18 June 1790", "LocationWend Heath", "Result Decisive Coalition victory", "Belligerents",
                "France French Empire Seventh Coalition:", "Austria Austrian Empire", " Prussia", "Hanover",
                "Commanders and leaders", "Abel Rusk Tova Lind", "Strength", "72,000 68,000",
                "Casualties and losses", "2,000 killed 1,500 killed",
                "The Seventh Coalition routed the French army on Wend Heath."));
        assertEquals(List.of("French Empire"), names(a.sides().get(0).belligerents()));
        assertTrue(names(a.sides().get(1).belligerents()).contains("Seventh Coalition"),
                names(a.sides().get(1).belligerents()).toString());
    }

    @Test
    void theTitlePrintedWhereEachFlagStoodIsNobodysName() {
        ParsedArticle flags = parser.parse(String.join("\n", "Battle of Wend", "Part of the Lake War",
                "Date 9 July 1790", "Result Lakeland victory", "Belligerents",
                "Battle of Wend Marshland Battle of Wend Lakeland", "Commanders and leaders",
                "Battle of Wend Abel Rusk Battle of Wend Tova Lind", "Strength", "1,200 3,000", "",
                "The Battle of Wend was fought on the lake shore."));
        assertEquals(List.of(List.of("Abel Rusk"), List.of("Tova Lind")), flags.sides().stream()
                .map(side -> side.commanders().stream().map(Commander::name).toList()).toList());
    }

    @Test
    void aLineThatSaysForWhomASideFoughtIsNoBelligerent() {
        ParsedArticle linked = parser.parse(String.join("\n", "Battle of Wend", "Part of the Lake War",
                "Date 9 July 1790", "Result Lakeland victory", "Ostmark", "fighting for", "Marshland", " Lakeland",
                "Commanders and leaders", "Abel Rusk", "Tova Lind", "Strength", "1,200 3,000", "",
                "The Battle of Wend was fought on the lake shore."));
        assertTrue(linked.sides().stream().flatMap(side -> side.belligerents().stream())
                .noneMatch(b -> b.name().equals("fighting for")), linked.sides()::toString);
    }

    @Test
    void aColonAfterPartOfIsNoPartOfTheWar() {
        ParsedArticle colon = parser.parse(String.join("\n", "Battle of Wend", "Part of: Lake War",
                "Date 9 July 1790", "Result Lakeland victory", "Belligerents", "Marshland Lakeland", "Strength",
                "1,200 3,000", "", "The Battle of Wend was fought on the lake shore."));
        assertEquals("Lake War", colon.partOf());
    }

    @Test
    void anInfoboxDumpOfKeysAndValuesIsRead() {
        ParsedArticle dashed = parser.parse(String.join("\n", "= Battle of Wend =", "", "Infobox",
                "- Conflict: Battle of Wend", "- Partof: the Lake War", "- Date: 9 July 1790", "- Place: Wend, Lakeland",
                "- Result: Lakeland victory", "- Combatant2: Lakeland", "- Commander1: Overall commander:, Gen. Abel Rusk,",
                "- Commander2: , , Tova Lind, , Sten Ek", "- Strength1: 1,200 men", "- Strength2: 3,000",
                "- Casualties1: 400 killed", "", "The Battle of Wend was fought on the lake shore."));
        assertEquals("Battle of Wend", dashed.title());
        assertEquals("Lake War", dashed.partOf());
        assertEquals("Wend, Lakeland", dashed.location());
        assertTrue(dashed.sides().get(0).belligerents().isEmpty());
        assertEquals(List.of("Lakeland"), names(dashed.sides().get(1).belligerents()));
        assertEquals(List.of("Abel Rusk"), commanders(dashed.sides().get(0)));
        assertEquals(List.of("Tova Lind", "Sten Ek"), commanders(dashed.sides().get(1)));
        assertEquals(3000L, dashed.sides().get(1).strength().min());
        assertEquals(400L, dashed.sides().get(0).casualties().killed());

        ParsedArticle plain = parser.parse(String.join("\n", "Battle of Wend explained", "",
                "Conflict:Battle of Wend", "Partof:the Lake War", "Date:9 July 1790", "Place:Wend, Lakeland",
                "Result:Lakeland victory", "Combatant1: Hill Clans", "Ridge Clans", "Combatant2: Lakeland",
                "Commander1: Abel Rusk", "Commander2: Tova Lind", "Sten Ek", "Strength1: 1,200",
                "Strength2:≈3,000", "", "The Battle of Wend was fought on the lake shore."));
        assertEquals(List.of("Hill Clans", "Ridge Clans"), names(plain.sides().get(0).belligerents()));
        assertEquals(List.of("Tova Lind", "Sten Ek"), commanders(plain.sides().get(1)));
        assertEquals(1, plain.winner());
    }

    @Test
    void flagLabelsBeforeNamesAreDroppedAndKeepTheirLinesTogether() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Pine Creek", "", "Battle of Pine Creek",
                "Part of the Creek War", "DateMay 5, 1864", "Result Inconclusive", "Belligerents",
                "United States United States (Union) Confederate States of America Confederate States",
                "Commanders and leaders", "United States Amos Reed", "United States Bela Fisk",
                "United States Cyrus Hale", "Confederate States of America Dabney Moss",
                "Confederate States of America Elias Pruitt (WIA)", "Strength", "18,000 12,000",
                "Casualties and losses", "900 700", "", "Both armies claimed the field."));
        assertEquals(List.of("United States (Union)"), names(a.sides().get(0).belligerents()));
        assertEquals(List.of("Confederate States"), names(a.sides().get(1).belligerents()));
        assertEquals(List.of("Amos Reed", "Bela Fisk", "Cyrus Hale"), commanders(a.sides().get(0)));
        assertEquals(List.of("Dabney Moss", "Elias Pruitt"), commanders(a.sides().get(1)));
        assertEquals("WIA", a.sides().get(1).commanders().get(1).note());
    }

    @Test
    void aFlagThatRepeatsTheNameAfterItIsDroppedFromABelligerent() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Dorne Field", "", "Battle of Dorne Field",
                "Date16 October 1813", "Result Coalition victory", "Belligerents", "", "France French Empire", "",
                "Russia Russia", "Kingdom of Prussia Prussia", "Bavaria Bavaria[1]", "Commanders and leaders",
                "France Lucien Barre", "Russia Pavel Orlov", "Bavaria Karl Wrede", "Strength", "100,000 150,000", "Casualties and losses", "9,000 8,000", "",
                "The coalition won."));
        assertEquals(List.of("French Empire"), names(a.sides().get(0).belligerents()));
        assertEquals(List.of("Russia", "Prussia", "Bavaria"), names(a.sides().get(1).belligerents()));
        assertEquals(List.of("Pavel Orlov", "Karl Wrede"), commanders(a.sides().get(1)));
    }

    @Test
    void aFlagImageLabelBeforeABelligerentIsDropped() {
        assertEquals("Roman Republic", NameCleaner.dropFlagWordLabel("Rome standard Roman Republic"));
        assertEquals("Kingdom of Arl", NameCleaner.dropFlagWordLabel("Arl Royal banner Kingdom of Arl"));
        assertEquals("Standard Oil Company", NameCleaner.dropFlagWordLabel("Standard Oil Company"));
    }

    @Test
    void anAbbreviatedRankAfterAFullNameStartsTheNextCommander() {
        assertEquals(List.of("Lt. Amos Reed", "Lt. Bela Fisk"), CommanderReader.splitAtRanks("Lt. Amos Reed Lt. Bela Fisk"));
        assertEquals(List.of("Maj. Gen. Cyrus Hale"), CommanderReader.splitAtRanks("Maj. Gen. Cyrus Hale"));
        assertEquals(List.of("Dabney Moss"), CommanderReader.splitAtRanks("Dabney Moss"));
        assertEquals(List.of("Lord Amos Reed", "General de Bela Fisk"),
                CommanderReader.splitAtRanks("Lord Amos Reed, General de Bela Fisk"));
        assertEquals(List.of("Cyrus Hale, Duke of Marrow"), CommanderReader.splitAtRanks("Cyrus Hale, Duke of Marrow"));
        assertEquals("Harivarman", CommanderReader.entry("Shri. Harivarman \u2020", null, 1).commander().name());
    }

    @Test
    void namesSpelledWithOtherLettersStartTheOtherColumnEvenAfterABlankLine() {
        ParsedArticle a = parser.parse(String.join("\n", "Siege of Harl Valley", "", "Siege of Harl Valley",
                "Date13 March \u2013 7 May 1954", "Result Decisive Lanh victory", "Belligerents", "", "Ostmark", "",
                "Lanh Republic", "Commanders and leaders", "Henri Aubert", "Jules Marot", "", "Pierre Vasse",
                "Louis Caron", "Andr\u00e9 Morel", "\u0110\u1eb7ng V\u0103n L\u1ef1c", "L\u00ea Minh",
                "Tr\u1ea7n Qu\u1ed1c H\u01b0ng", "V\u0169 \u0110\u00ecnh Ph\u01b0\u01a1ng", "Strength",
                "10,000 50,000", "", "The Lanh army took the valley from the Ostmark garrison in May 1954."));
        assertEquals(List.of("Henri Aubert", "Jules Marot", "Pierre Vasse", "Louis Caron", "Andr\u00e9 Morel"),
                commanders(a.sides().get(0)));
        assertEquals(4, a.sides().get(1).commanders().size());
    }

    @Test
    void twoNamesTheBodyUsesWholeAreSplitOnTheFirstCommanderLine() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Harl Ridge", "", "Battle of Harl Ridge",
                "Date13 September 1847", "Location", "Result Ostish victory", "Belligerents", "Ostmark Westmark",
                "Commanders and leaders", "Amos Reed Bela Fisk", "Nicolas Brava", "Felipe Xantal ", "Strength",
                "7,000 9,000", "", "The battle was one of the most pivotal battles of the war as it paved the way to the"
                        + " capital and led to a decisive Ostish victory. On the"
                        + " Ostish side the army was headed by General Amos Reed, who led a force totaling 7,000 men. The"
                        + " Westmark side was led by General Antonio Lopez de Bela Fisk, commander of the Westmark army."
                        + " The castle was defended by General Nicholas Brava and his infantry."));
        assertEquals(List.of("Amos Reed"), commanders(a.sides().get(0)));
        assertEquals(List.of("Bela Fisk", "Nicolas Brava", "Felipe Xantal"), commanders(a.sides().get(1)));
    }

    @Test
    void headingsAndRunsOfStatesInOneLineBecomeSeparateBelligerents() {
        assertEquals(List.of("United States", "United Kingdom", "Canada"),
                NameRuns.split("Ground Forces: United States Naval Support: United Kingdom Canada"));
        assertEquals(List.of("Kingdom of France", "Papal States", "Duchy of Milan"),
                NameRuns.split("Kingdom of France Papal States Duchy of Milan"));
        assertEquals(List.of("Free Cities of Tessaly"), NameRuns.split("Free Cities of Tessaly"));
    }

    @Test
    void aShortRangeSharesTheThousandsOfItsSecondFigure() {
        Quantity q = Quantity.scan("15–20,000 horsemen").get(0);
        assertEquals(15_000L, q.min());
        assertEquals(20_000L, q.max());
        assertEquals(10L, Quantity.scan("10–11 legions").get(0).min());
    }

    @Test
    void aFigureWithBulletedComponentsUnderItIsTheirTotal() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Tor", "", "Battle of Tor", "Date1200 BC",
                "Result Inconclusive", "Belligerents", "Tor Kingdom Ash Empire", "Commanders and leaders",
                "Amun Tor Besh Ash", "Strength", "", "20,000–30,000 troops", "", "  • 16,000 infantry",
                "  • 2,000 chariots", "", "25,000 troops", "", "  • 20,000 infantry", "  • 1,000 chariots",
                "Casualties and losses", "Unknown Unknown", "", "The battle ended without a victor."));
        assertEquals(20_000L, a.sides().get(0).strength().min());
        assertEquals(30_000L, a.sides().get(0).strength().max());
        assertEquals(25_000L, a.sides().get(1).strength().min());
    }

    @Test
    void remarksImageOptionsAndGroupHeadingsAreNotNames() {
        assertEquals("Wallachia", NameCleaner.clean("Wallachia (secretly)"));
        assertEquals("Cossack Hetmanate", NameCleaner.clean("border=no Cossack Hetmanate"));
        assertEquals("Golden Horde (Mongol Empire)", NameCleaner.clean("Golden Horde (Mongol Empire)"));
        assertTrue(NameCleaner.isPlaceholder("Minor belligerent:"));
        assertTrue(NameCleaner.isPlaceholder("Vassal states:"));
        assertFalse(NameCleaner.isPlaceholder("Holy League"));
    }

    @Test
    void aTextWithNoInfoboxIsStillRefused() {
        NotABattleArticleException e = org.junit.jupiter.api.Assertions.assertThrows(
                NotABattleArticleException.class, () -> parser.parse(String.join("\n", "Welcome to our site",
                        "Jump to navigation", "Some notes about gardening.", "Date of the last change: today")));
        assertTrue(e.getMessage().contains("Belligerents"));
    }

    @Test
    void aRunOfNamesOnOneLineIsSplitByTheShapeOfNames() {
        assertEquals(List.of("Erich von Falk", "Crown Prince Willem", "Max von Gall", "Georg von der Mark"),
                NameSegmenter.split("Erich von Falk Crown Prince Willem Max von Gall Georg von der Mark"));
        assertEquals(List.of("Aiko Tanabe †", "Ren Oda (POW)", "Sora Ito †"),
                NameSegmenter.split("Aiko Tanabe † Ren Oda (POW) Sora Ito †"));
        assertEquals(List.of("Osman II", "Kara Ali Pasha", "Deli Hasan Bey"),
                NameSegmenter.split("Osman II Kara Ali Pasha Deli Hasan Bey"));
        assertEquals(List.of("Maximilian II Emanuel of Bavaria"), NameSegmenter.split("Maximilian II Emanuel of Bavaria"));
        assertEquals(List.of("Tobias Wren Calder Jr. †", "Amos Hale", "Jonas Pike"),
                NameSegmenter.split("Tobias Wren Calder Jr. † Amos Hale Jonas Pike"));
    }

    @Test
    void aFlattenedInfoboxWithNoTitleLineAndDatesOnlyInTheLeadIsRead() {
        ParsedArticle flat = parser.parse(String.join("\n", "Battle of Yr - Wikipedia, The Free Encyclopedia", "",
                "1/9 Battle of Yr Part of the Lake wars A view of the field. Date 15–20 August 636 Location Near the Yr"
                        + " River Result Decisive Lakeland victory Belligerents Hill Empire Lakeland Caliphate Commanders and"
                        + " leaders Amos Tor Bela Fisk Strength 100,000 40,000 Casualties and losses 50,000 4,000",
                "The Battle of Yr was fought in 636."));
        assertEquals("Battle of Yr", flat.title());
        assertEquals("0636-08-15", flat.dateStart());
        assertEquals("Decisive Lakeland victory", flat.result());

        ParsedArticle untitled = parser.parse(String.join("\n", "Part of the Salt War", "ResultDecisive Tolm victory",
                "Forces of Edric of Sarn, including many hill clansForces of Bertil Hale", "Commanders and leaders",
                "Edric of Sarn", "Bertil Hale", "", "The Battle of Sarn Ford was fought on 9 August 48 BC near the ford,"
                        + " where the army of Tolm under Bertil Hale broke the line of Sarn."));
        assertEquals("Battle of Sarn Ford", untitled.title());
        assertEquals("-48-08-09", untitled.dateStart());
        assertTrue(untitled.warnings().stream().anyMatch(w -> w.contains("Date row")));
    }

    @Test
    void flagLabelsThatNameThemselvesAreDropped() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Osk", "", "Battle of Osk", "Date1 May 1704",
                "Result Ranish victory", "Belligerents", "Flag of Ranland Kingdom of Ranland", "",
                "Tolm standard Duchy of Tolm", "Commanders and leaders", "Flag of Ranland Duke of Osk",
                "Tolm standard Piet Hale", "Strength", "9,000 7,000", "Casualties and losses", "100 killed 900 killed", "",
                "The battle was short."));
        assertEquals(List.of("Kingdom of Ranland"), names(a.sides().get(0).belligerents()));
        assertEquals(List.of("Duchy of Tolm"), names(a.sides().get(1).belligerents()));
        assertEquals(List.of("Duke of Osk"), commanders(a.sides().get(0)));
        assertEquals(List.of("Piet Hale"), commanders(a.sides().get(1)));
    }

    @Test
    void columnsOfFiguresInTheSameOrderSplitWhereTheOrderStartsAgain() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Ure", "", "Battle of Ure", "Date1 May 1904",
                "Result Red victory", "Belligerents", "Red Empire Blue Empire", "Commanders and leaders", "Ansel Red Bo Blue",
                "Strength", "9,000 7,000", "Casualties and losses", "117 dead", "583 injured", "3 boats sunk", "4,380 dead",
                "5,917 captured", "", "The battle was short."));
        assertEquals(117L, a.sides().get(0).casualties().killed());
        assertEquals(4380L, a.sides().get(1).casualties().killed());
    }

    @Test
    void withNoResultRowTheLeadsVictoryNamesTheWinner() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Mere | |||", "Part of the Reed War | |||",
                "Belligerents | |||", "Reed Republic |", "Ostran March | |||", "Commanders and leaders | |||",
                "Ivo Pell | Mara Stock | |||", "The Battle of Mere was fought on 3 May 1620. It ended in an Ostran victory"
                        + " after two days of fighting on the shore of the lake."));
        assertNull(a.result());
        assertEquals(1, a.winner());
        assertEquals("1620-05-03", a.dateStart());
    }

    @Test
    void withNoResultRowTheLeadsVerbOfDefeatNamesTheWinner() {
        String head = String.join("\n", "Battle of Mere | |||", "Part of the Reed War | |||", "Belligerents | |||",
                "Reed Republic |", "Ostran March | |||", "Commanders and leaders | |||", "Ivo Pell | Mara Stock | |||", "");
        ParsedArticle active = parser.parse(head + "The Battle of Mere was fought on 3 May 1620, when the Ostran army"
                + " under Mara Stock routed the Reed Republic on the shore of the lake.");
        assertNull(active.result());
        assertEquals(1, active.winner());
        ParsedArticle passive = parser.parse(head + "The Battle of Mere was fought on 3 May 1620. The Ostran army was"
                + " decisively defeated by the Reed Republic on the shore of the lake.");
        assertEquals(0, passive.winner());
        ParsedArticle none = parser.parse(head + "The Battle of Mere was fought on 3 May 1620 on the shore of the lake.");
        assertNull(none.winner());
    }

    @Test
    void aOneSentenceBodyAfterTheCommandersIsNotReadAsCommanders() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Mere", "Date\t3 May 1620", "Location\tMere",
                "Result\tOstran victory", "Belligerents", "Reed Republic\tOstran March", "Commanders and leaders",
                "Ivo Pell\tMara Stock", "", "The Battle of Mere was fought on 3 May 1620."));
        assertEquals(List.of("Ivo Pell"), a.sides().get(0).commanders().stream().map(Commander::name).toList());
        assertEquals(List.of("Mara Stock"), a.sides().get(1).commanders().stream().map(Commander::name).toList());
    }
}
