package org.battlequiz.article;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A people's adjective kept with the state it names, and a Commanders row that holds only the lost Strength row. */
class FiguresUnderCommandersTest {
    private final ArticleParser parser = new ArticleParser();

    @Test
    void figuresRightUnderTheCommandersLabelAreTheStrength() {
        ParsedArticle a = parser.parse(String.join("\n", "Quick facts for kids", "Battle of Hollow Ford",
                "Part of the Ostran Revolution", "Date April 21, 1836", "Near Hollow Ford",
                "Decisive Ostran victory;", "Mexican Republic Republic of Texas", "Commanders and leaders",
                "  • 1,360", "  • 1 cannon", "  • 910", "  • 2 cannons", "Casualties and losses", "  • 650 killed",
                "  • 11 killed", "",
                "The Battle of Hollow Ford, fought on April 21, 1836, was the decisive battle of the Ostran Revolution. "
                        + "Led by Aldo Brant, the Ostran Army defeated General Piet Gundel's Mexican army in a fight "
                        + "that lasted just 18 minutes."));
        assertEquals(List.of("Mexican Republic"), a.sides().get(0).belligerents().stream().map(NamedEntry::name).toList());
        assertEquals(List.of("Republic of Texas"), a.sides().get(1).belligerents().stream().map(NamedEntry::name).toList());
        assertEquals(List.of(), a.sides().get(0).commanders());
        assertEquals(1360, a.sides().get(0).strength().min());
        assertEquals(910, a.sides().get(1).strength().min());
    }

    @Test
    void whatTheResultLedToIsNoBelligerentWhenBothLabelsAreLost() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Hollow Ford", "", "Part of Aldo's War", "",
                "Date October 5, 1813", "", "Location Near Hollow Ford", "", "", "Ostran victory", "",
                "Death of Aldo Brant Fall of the Marn League", "", "", "Marn League Kingdom of Varn  Kingdom of Ostra",
                "", "Commanders and leaders", "", "Aldo Brant † Piet Gundel", "", "", "1,000 natives", "", "",
                "3,500 militia", "", "Casualties and losses", "", "28 killed 10 killed", "",
                "The Battle of Hollow Ford was a decisive Ostran victory in Aldo's War on October 5, 1813."));
        List<String> all = new java.util.ArrayList<>();
        a.sides().forEach(side -> side.belligerents().forEach(b -> all.add(b.name())));
        assertEquals(List.of(), all.stream().filter(n -> n.contains("Death")).toList());
        assertEquals(List.of("Kingdom of Ostra"), a.sides().get(1).belligerents().stream().map(NamedEntry::name).toList());
    }

    @Test
    void aClauseOnWhatTheResultLedToIsNoBelligerent() {
        ParsedArticle a = parser.parse(String.join("\n", "Tarn Campaign", "", "Tarn Campaign", "Part of the Arland War",
                "Date 12 September 1918 – 2 November 1918", "Location Tarnland", "Result Decisive Velt victory",
                "All of Tarnland falls to the Velt", "", "Kingdom of Arland", "", "Velt Party", "", "Commanders and leaders",
                "", "Odo Marsh", "Piers Hallam", "", "Lin Tao", "Luo Feng", "55,000 70,000", "Casualties and losses",
                "4,700 7,000", "", "The Tarn Campaign was the first of the campaigns."));
        assertEquals(List.of("Kingdom of Arland"), a.sides().get(0).belligerents().stream().map(NamedEntry::name).toList());
        assertEquals("Decisive Velt victory; All of Tarnland falls to the Velt", a.result());
    }

    @Test
    void anAuthorsLongNoteInBracketsAfterANameIsNoBelligerent() {
        ParsedArticle a = InventedPage.parsed("Date 12–14 May 1940", "Result Tactical Varnian victory", "Belligerents",
                "Tessa", "NLD [Garr 1992, p. 216: contributed lightly armed infantry units retreating from the north. Also"
                        + " committed the air force on few missions.]", "Varnia", "Commanders and leaders", "Odo Marsh",
                "Piers Hallam", "Strength", "20,800 25,927", "Casualties and losses", "121 killed 60 killed");
        List<String> all = new java.util.ArrayList<>();
        a.sides().forEach(side -> side.belligerents().forEach(b -> all.add(b.name())));
        assertEquals(List.of(), all.stream().filter(n -> n.contains("Garr") || n.contains("committed")
                || n.contains("contributed")).toList(), all::toString);
    }
}
