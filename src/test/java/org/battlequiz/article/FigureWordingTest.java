package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How strength and loss figures are worded on mirror pages: subsets, rival estimates, model numbers, citations. */
class FigureWordingTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "12 dead, 40 hurt, 3 UH-1 gunships shot down Chile 2 killed, 5 wounded | 14 | 45",
        "Overall: 2,310 killed & wounded | - | -",
        "Overall: 2,310 killed and wounded | - | -",
        "8,400 killed, wounded or missing | - | -",
        "150–210 killed (per Red Cross) 260–400 killed (per the army) | 150 | -",
        "40 riflemen, 12 sappers and 3 scouts killed | 55 | -",
        "600 men including 90 killed | 90 | -",
        "30 soldiers killed and 75 wounded | 30 | 75",
        "3,000 killed, 2,500 escaped, 1,000 civilians killed | 3000 | -",
        "400 villagers killed 120 killed 80 wounded | 120 | 80",
    })
    void lossWords(String text, Long killed, Long wounded) {
        long[] figures = new long[3];
        boolean[] found = new boolean[3];
        CasualtyReader.figures(text, figures, found);
        assertEquals(killed, found[0] ? figures[0] : null, "killed");
        assertEquals(wounded, found[1] ? figures[1] : null, "wounded");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "9,000 – max. 14,500: 2 legions and 4 cohorts | 9000 | 14500",
        "6,000–8,000 (modern estimates) 12,000–30,000 (ancient sources) 25,000 (chronicle figures) | 6000 | 30000",
        "31,200 horsemen, of which 9,000 were heavy cavalry ^ 12,500 spearmen | 43700 | 43700",
        "20,000 riders, including 4,000 archers | 20000 | 20000",
        "18,000 soldiers ^ 90,000 non-combatants (families and traders) | 18000 | 18000",
        "80 cannonsThe Campaign History vol 2 p 41] 52,640 men | 52640 | 52640",
        "7,000–9,000 (of which 2,000 came late) 200 transport ships | 7000 | 9000",
        "40,000 menA. Hollis ^ A History of the East ^ 312] | 40000 | 40000",
        "60,000 initially, ^ 48,500 by the time of battle | 48500 | 60000",
    })
    void strengthWords(String lines, Long min, Long max) {
        List<Piece> pieces = new ArrayList<>();
        Arrays.stream(lines.split(" \\^ ")).forEach(l -> pieces.add(new Piece(TextLine.of(1, l), l)));
        Strength strength = StrengthReader.read(pieces, 1.0);
        assertEquals(min, strength.min(), "min");
        assertEquals(max, strength.max(), "max");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "8,400 killed, wounded or missing, 1,200 captured | 8,400 killed, wounded or missing/1,200 captured",
        "31,200 horsemen, of which 9,000 heavy, 12,500 spearmen | 31,200 horsemen, of which 9,000 heavy/12,500 spearmen",
        "Left wing: 400, Right wing: 700 | Left wing: 400/Right wing: 700",
        "about 3,000, 5,000 in reserve | about 3,000/5,000 in reserve",
    })
    void keyValueFigureListsKeepTheirCategoryWords(String value, String items) {
        assertEquals(List.of(items.split("/")), KeyValueInfobox.figureItems(value));
    }
}
