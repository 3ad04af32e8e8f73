package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Flags and arms before commander lines that name a side, on invented battles. */
class LostSideByFlagsTest {
    @Test
    void commandersUnderAFlagThatIsNotTheSurvivingBelligerentsAreTheLostSides() {
        ParsedArticle a = new ArticleParser().parse(String.join("\n", "Battle of Harl Valley", "",
                "Date 11 May – 16 September 1939", "Location Harl River", "Result Soviet victory", "Belligerents",
                " Soviet Union", "", "Commanders and leaders", "  • Soviet Union Ivan Tessel",
                "  • Empire of Japan Kenji Harada", "  • Empire of Japan Yasuoka Masaomi", "  • Manchukuo Bao Lin",
                "Strength", "57,000 30,000", "Casualties and losses", "9,000 killed 8,000 killed"));
        assertEquals(List.of("Ivan Tessel"), a.sides().get(0).commanders().stream().map(Commander::name).toList());
        assertEquals(List.of("Kenji Harada", "Yasuoka Masaomi", "Bao Lin"),
                a.sides().get(1).commanders().stream().map(Commander::name).toList());
        assertEquals(List.of(), a.sides().get(1).belligerents());
    }

    @Test
    void theFirstLineUnderArmsNamingTheSecondSideStartsItsColumnOrTheBlankLineBeforeIt() {
        String head = String.join("\n", "Battle of Wend Heath", "", "Date9 September 1513", "LocationWend Heath",
                "ResultDecisive English victory", "Belligerents",
                "Royal Arms of England.svg Kingdom of England Royal Arms of the Kingdom of Scotland.svg Kingdom of Scotland",
                "Commanders and leaders", "Royal Arms of England.svg Tom Varn", "Howard arms.svg Earl of Tarn",
                "Arms of Sir Piet Hale.svg Sir Piet Hale", "Bertil Osk");
        String tail = String.join("\n", "Royal Arms of the Kingdom of Scotland.svg James Orrin",
                "Arms of the Lords of Kell.svg Lord Kell", "Strength", "26,000 30,000", "Casualties and losses",
                "1,500 killed 10,000 killed");
        ParsedArticle joined = new ArticleParser().parse(head + "\n" + tail);
        assertEquals(List.of("Tom Varn", "Earl of Tarn", "Piet Hale", "Bertil Osk"), commanders(joined, 0));
        assertEquals(List.of("James Orrin", "Lord Kell"), commanders(joined, 1));
        ParsedArticle grouped = new ArticleParser().parse(head.replace("\nArms of Sir", "\n\nArms of Sir") + "\n" + tail);
        assertEquals(List.of("Tom Varn", "Earl of Tarn"), commanders(grouped, 0));
        assertEquals(List.of("Piet Hale", "Bertil Osk", "James Orrin", "Lord Kell"), commanders(grouped, 1));
    }

    private static List<String> commanders(ParsedArticle a, int side) {
        return a.sides().get(side).commanders().stream().map(Commander::name).toList();
    }

    @Test
    void anImageFileNameGluedToTheNameAfterItIsAnIcon() {
        ParsedArticle a = new ArticleParser().parse(String.join("\n", "Battle of Karu Bay", "", "Date14 January 1988",
                "LocationKaru Bay", "ResultStalemate", "Belligerents", "Flag of Tessa.svg Tessa",
                "File:Flag of Unita.jpgUNITA", "Commanders and leaders", "Amos Varn Piet Hale", "Strength",
                "11,500 12,000", "Casualties and losses", "4,785 killed 31 killed"));
        assertEquals(List.of("UNITA"), a.sides().get(1).belligerents().stream().map(NamedEntry::name).toList());
    }
    @Test
    void theFlagFileOpeningTheSecondCommanderOpensTheGroupOfBelligerentsUnderIt() {
        ParsedArticle a = new ArticleParser().parse(String.join("\n", "Battle of Orrin Slope", "", "Orrin Slope.jpg",
                "Date24 May 1822", "slopes of Orrin near Kell", "ResultIndependent Forces Victory", "",
                "Flag of Varnia.svg Varnia", "", "Flag of Kell.svg Free Province of Kell",
                "Flag of Tarn (1821).svg Republic of Tarn", "Osk banner.png United Provinces of Osk", "",
                "Flag of Ranland (1785-1873).svg Ranland", "", "Commanders and leaders",
                "Flag of Varnia.svg Piet José de HaleFlag of Ranland (1785-1873).svg Melchor Varn",
                "2,971 men1,894 men", "Casualties and losses", "200 killed", "400 killed"));
        assertEquals(List.of("Varnia", "Free Province of Kell", "Republic of Tarn", "United Provinces of Osk"),
                a.sides().get(0).belligerents().stream().map(NamedEntry::name).toList());
        assertEquals(List.of("Ranland"), a.sides().get(1).belligerents().stream().map(NamedEntry::name).toList());
    }
}
