package org.battlequiz.article;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A people's adjective opening the second column, totals over their parts, and a campaign's list after the losses. */
class PeoplesTotalsAndCampaignListsTest {
    private final ArticleParser parser = new ArticleParser();

    private ParsedArticle page(String belligerents, String strength, String... casualties) {
        List<String> lines = new java.util.ArrayList<>(List.of("Battle of Hollow Ford", "", "Battle of Hollow Ford",
                "Date 3 September 1650", "Location Hollow Ford", "Result Ostran victory", "Belligerents", belligerents,
                "Commanders and leaders", "Aldo Brant Piet Gundel", "Strength", strength, "Casualties and losses"));
        lines.addAll(List.of(casualties));
        lines.addAll(List.of("", "The Battle of Hollow Ford was fought on 3 September 1650 near the ford."));
        return parser.parse(String.join("\n", lines));
    }

    private static List<String> names(Side side) {
        return side.belligerents().stream().map(NamedEntry::name).toList();
    }

    @Test
    void aPeoplesAdjectiveOpensTheSecondColumnsName() {
        ParsedArticle a = page("Scottish Hill Clans English Marcher Lords", "2,000 3,000", "80 killed", "20 killed");
        assertEquals(List.of("Scottish Hill Clans"), names(a.sides().get(0)));
        assertEquals(List.of("English Marcher Lords"), names(a.sides().get(1)));
    }

    @Test
    void aFigureThatIsTheSumOfTheOthersIsTheirTotal() {
        ParsedArticle a = page("Kingdom of Ostra\n\nMarn League", "67,000 40,000 (north); 27,000 (south) |\n"
                + "120,500 60,000 (north); 60,500 (south) |", "80 killed", "20 killed");
        assertEquals(67000, a.sides().get(0).strength().min());
        assertEquals(67000, a.sides().get(0).strength().max());
        assertEquals(120500, a.sides().get(1).strength().max());
    }

    @Test
    void aCampaignsListOfBattlesEndsTheLosses() {
        ParsedArticle a = page("Kingdom of Ostra\n\nMarn League", "2,000 3,000", "800 killed", "", "20 killed",
                "58 wounded", "Ostran War", "  • Hollow Ford", "  • Marn Bridge", "  • Gundel Hill", "  • Varn");
        assertEquals("20 killed; 58 wounded", a.sides().get(1).casualties().text());
    }

    @Test
    void givenNamesBeforeATitlesCommaAreOnePerson() {
        assertEquals(List.of("Charles William Ferdinand, Duke of Ostra †"),
                NameSegmenter.split("Charles William Ferdinand, Duke of Ostra †"));
    }

    @Test
    void coordinatesAfterTheLossesEndTheInfobox() {
        ParsedArticle a = page("Kingdom of Ostra | Marn League | ||||||", "2,100 | 3,500 | ||||||",
                "108 dead 319 wounded |", "60 killed |", "||||||", "Official name | Hollow Ford Historic Site |",
                "Designated | 1921 |", "Coordinates: 43°03′08″N 79°01′29″W", "60 killed", "249 wounded");
        assertEquals(60, a.sides().get(1).casualties().killed());
    }

    @Test
    void aWikiPreviewWarningAmongTheBelligerentsIsDroppedWithItsGap() {
        ParsedArticle a = page(" Kingdom of Ostra\nPreview warning: Page using Template:Flagcountry with unknown "
                + "parameter \"3 = 1801\"\n\n Duchy of Varn\n\n Marn League", "3,500 2,500", "80 killed", "20 killed");
        List<String> all = new java.util.ArrayList<>(names(a.sides().get(0)));
        all.addAll(names(a.sides().get(1)));
        assertEquals(List.of("Kingdom of Ostra", "Duchy of Varn", "Marn League"), all);
    }

    @Test
    void otherEstimatesInTheSameCellAreRivalCounts() {
        Strength s = StrengthReader.read(List.of(piece("up to 80,000 Other estimations: 25,000 15,000 10,000.")), 1);
        assertEquals(10000, s.min());
        assertEquals(80000, s.max());
    }

    private static Piece piece(String text) {
        return new Piece(TextLine.of(1, text), text);
    }
}
