package org.battlequiz.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed dataset: five attempts on items A, B, C (one mark each).
 * <pre>
 *            A    B    C    total  percent
 *   att 1    1    1    1    3      100
 *   att 2    1    1    0    2      66.67
 *   att 3    1    0    0.5  1.5    50
 *   att 4    0    1    0    1      33.33
 *   att 5    0    0    0    0      0
 * </pre>
 */
class ItemStatisticsTest {

    private static final double E = 1e-3;

    private static final List<ScoredAttempt> FIVE = List.of(
            ScoredAttempt.of(ItemResponse.of("A", 1, "x"), ItemResponse.of("B", 1, "p"), ItemResponse.of("C", 1, "k")),
            ScoredAttempt.of(ItemResponse.of("A", 1, "x"), ItemResponse.of("B", 1, "p"), ItemResponse.of("C", 0, "m")),
            ScoredAttempt.of(ItemResponse.of("A", 1, "x"), ItemResponse.of("B", 0, "q"), ItemResponse.of("C", 0.5, "k", "m")),
            ScoredAttempt.of(ItemResponse.of("A", 0, "y"), ItemResponse.of("B", 1, "p"), ItemResponse.of("C", 0, "m")),
            ScoredAttempt.of(ItemResponse.of("A", 0, "z"), ItemResponse.of("B", 0, "q"), ItemResponse.of("C", 0)));

    private static ItemStats item(ClassStatistics stats, String id) {
        return stats.items().stream().filter(i -> i.itemId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void itemAMatchesHandComputation() {
        // x = 1,1,1,0,0: mean .6 -> facility 60; squared deviations .16*3 + .36*2 = 1.2, var 1.2/4 = .3, SD 54.772
        // rest = total - A = 2,1,.5,1,0: mean .9; squared deviations 1.21+.01+.16+.01+.81 = 2.2, var .55
        // covariance (.44+.04-.16-.06+.54)/4 = .2; DI = 100*.2/sqrt(.3*.55) = 49.237
        // sorted pairs (0,0)(0,.5)(1,1)(1,1)(1,2): (.54+.24+.04+.04+.44)/4 = .325; DE = 100*.2/.325 = 61.538
        ItemStats a = item(ItemStatistics.analyse(FIVE), "A");
        assertEquals(5, a.attempts());
        assertEquals(60, a.facility(), E);
        assertEquals(54.772, a.standardDeviation(), E);
        assertEquals(49.237, a.discriminationIndex(), E);
        assertEquals(61.538, a.discriminativeEfficiency(), E);
        assertEquals(Map.of("x", 3, "y", 1, "z", 1), a.optionCounts());
        assertEquals(List.of("x", "y", "z"), List.copyOf(a.optionCounts().keySet()));
        assertEquals(60, a.optionShare("x"), E);
        assertEquals(0, a.optionShare("never picked"));
    }

    @Test
    void itemBDiscriminatesPoorly() {
        // x = 1,1,0,1,0: mean .6, var .3; rest = 2,1,1.5,0,0: mean .9, squared deviations 3.2, var .8
        // covariance (.44+.04-.36-.36+.54)/4 = .075; DI = 7.5/sqrt(.24) = 15.309
        // sorted pairs (0,0)(0,0)(1,1)(1,1.5)(1,2): (.54+.54+.04+.24+.44)/4 = .45; DE = 7.5/.45 = 16.667
        ItemStats b = item(ItemStatistics.analyse(FIVE, 5), "B");
        assertEquals(15.309, b.discriminationIndex(), E);
        assertEquals(16.667, b.discriminativeEfficiency(), E);
        assertEquals(Set.of(ItemFlag.LOW_DISCRIMINATION), b.flags());
    }

    @Test
    void itemCWithPartialCreditAndMultipleChoicesMatchesHandComputation() {
        // x = 1,0,.5,0,0: mean .3 -> facility 30 (on the boundary, not flagged); squared deviations .8, var .2, SD 44.721
        // rest = 2,2,1,1,0: mean 1.2, squared deviations 2.8, var .7; covariance (.56-.24-.04+.06+.36)/4 = .175
        // DI = 17.5/sqrt(.14) = 46.771; sorted pairs (0,0)(0,1)(0,1)(.5,2)(1,2): 1.2/4 = .3; DE = 17.5/.3 = 58.333
        ItemStats c = item(ItemStatistics.analyse(FIVE, 5), "C");
        assertEquals(30, c.facility(), E);
        assertEquals(44.721, c.standardDeviation(), E);
        assertEquals(46.771, c.discriminationIndex(), E);
        assertEquals(58.333, c.discriminativeEfficiency(), E);
        assertEquals(Map.of("k", 2, "m", 3), c.optionCounts());
        assertEquals(1, c.unanswered());
        assertEquals(Set.of(), c.flags());
    }

    @Test
    void wholeTestMatchesHandComputation() {
        // percents 100, 66.67, 50, 33.33, 0: mean 50, median 50
        // totals 3,2,1.5,1,0: squared deviations 2.25+.25+0+.25+2.25 = 5, var 1.25; SD in percent sqrt(1.25)/3*100 = 37.268
        // CIC = 100 * 3/2 * (1 - (.3+.3+.2)/1.25) = 54; error ratio 100*sqrt(.46) = 67.823; SE .67823*37.268 = 25.276
        TestStats test = ItemStatistics.analyse(FIVE).test();
        assertEquals(5, test.attempts());
        assertEquals(50, test.mean(), E);
        assertEquals(50, test.median(), E);
        assertEquals(37.268, test.standardDeviation(), E);
        assertEquals(54, test.internalConsistency(), E);
        assertEquals(67.823, test.errorRatio(), E);
        assertEquals(25.276, test.standardError(), E);
    }

    @Test
    void noFlagsBeforeTheMinimumNumberOfAttempts() {
        ClassStatistics stats = ItemStatistics.analyse(FIVE);
        assertTrue(stats.flaggedItems().isEmpty());
        assertEquals(List.of("B"), ItemStatistics.analyse(FIVE, 5).flaggedItems().stream().map(ItemStats::itemId).toList());
    }

    @Test
    void itemEveryoneGetsRightIsTooEasyAndHasNoDiscrimination() {
        List<ScoredAttempt> attempts = List.of(
                ScoredAttempt.of(ItemResponse.of("easy", 1, "a"), ItemResponse.of("hard", 0, "b")),
                ScoredAttempt.of(ItemResponse.of("easy", 1, "a"), ItemResponse.of("hard", 1, "a")),
                ScoredAttempt.of(ItemResponse.of("easy", 1, "a"), ItemResponse.of("hard", 0, "c")),
                ScoredAttempt.of(ItemResponse.of("easy", 1, "a"), ItemResponse.of("hard", 0, "c")));
        ClassStatistics stats = ItemStatistics.analyse(attempts, 4);
        ItemStats easy = item(stats, "easy");
        assertEquals(100, easy.facility(), E);
        assertEquals(0, easy.standardDeviation(), E);
        assertNull(easy.discriminationIndex());
        assertEquals(Set.of(ItemFlag.TOO_EASY), easy.flags());
        assertEquals(Set.of(ItemFlag.TOO_HARD), item(stats, "hard").flags());
        ItemStats both = new ItemStats("z", 1, 0, null, 1.0, null, Map.of(), 0,
                Set.of(ItemFlag.LOW_DISCRIMINATION, ItemFlag.TOO_HARD));
        assertEquals(List.of(ItemFlag.TOO_HARD, ItemFlag.LOW_DISCRIMINATION), List.copyOf(both.flags()));
    }

    @Test
    void weightedItemsUseMarksForTheRestOfTheTest() {
        // marks: big (max 3) 3,0,3 ; small (max 1) 1,0,0 -> totals 4,0,3 of 4 -> percents 100, 0, 75
        List<ScoredAttempt> attempts = List.of(
                ScoredAttempt.of(new ItemResponse("big", 1, 3, List.of()), ItemResponse.of("small", 1)),
                ScoredAttempt.of(new ItemResponse("big", 0, 3, List.of()), ItemResponse.of("small", 0)),
                ScoredAttempt.of(new ItemResponse("big", 1, 3, List.of()), ItemResponse.of("small", 0)));
        ClassStatistics stats = ItemStatistics.analyse(attempts);
        assertEquals(58.333, stats.test().mean(), E);
        assertEquals(75, stats.test().median(), E);
        // big: x = 3,0,3 rest = 1,0,0 -> mean 2 and 1/3; cov = (1*2/3 + -2*-1/3 + 1*-1/3)/2 = 1/2;
        // var x = (1+4+1)/2 = 3, var rest = (4/9+1/9+1/9)/2 = 1/3; DI = 100*.5/sqrt(1) = 50
        assertEquals(50, item(stats, "big").discriminationIndex(), E);
        assertEquals(66.667, item(stats, "big").facility(), E);
    }

    @Test
    void emptyAndSingleAttemptsGiveUndefinedSpreads() {
        ClassStatistics none = ItemStatistics.analyse(List.of());
        assertEquals(0, none.test().attempts());
        assertNull(none.test().standardDeviation());
        assertTrue(none.items().isEmpty());
        ClassStatistics one = ItemStatistics.analyse(List.of(FIVE.get(2)));
        assertNull(one.test().internalConsistency());
        assertNull(item(one, "C").discriminationIndex());
        assertNull(item(one, "C").standardDeviation());
        assertEquals(50, item(one, "C").facility(), E);
    }
}
