package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.battlequiz.article.ParsedArticle;
import org.battlequiz.article.Side;
import org.battlequiz.generation.item.QuestionContent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Articles with facts randomly missing (as a weaker parse of an unseen article would give) still yield valid items. */
class DamagedArticlesTest {

    static Stream<Arguments> damaged() {
        List<Arguments> cases = new ArrayList<>();
        for (Corpus.Article a : Corpus.all()) {
            for (long seed = 1; seed <= 6; seed++) {
                cases.add(Arguments.of(a, seed));
            }
        }
        return cases.stream();
    }

    private static ParsedArticle damage(ParsedArticle a, Random random) {
        List<Side> sides = new ArrayList<>();
        for (Side s : a.sides()) {
            sides.add(new Side(random.nextInt(4) == 0 ? List.of() : s.belligerents(),
                    random.nextInt(4) == 0 ? List.of() : s.commanders(), s.units(),
                    random.nextBoolean() ? null : s.strength(), random.nextBoolean() ? null : s.casualties()));
        }
        return new ParsedArticle(a.title(), random.nextBoolean() ? null : a.partOf(),
                random.nextInt(3) == 0 ? null : a.dateStart(), a.dateEnd(), random.nextBoolean() ? null : a.location(),
                random.nextInt(3) == 0 ? null : a.result(), random.nextInt(3) == 0 ? null : a.winner(), sides,
                a.bodyFacts(), a.fieldSources());
    }

    @ParameterizedTest(name = "{0} damage {1}")
    @MethodSource("damaged")
    void damagedArticlesNeverFailAndGiveOnlyValidItems(Corpus.Article a, long seed) {
        ParsedArticle damaged = damage(a.parsed(), new Random(seed));
        GenerationResult result = new QuestionGenerator().generate(damaged, List.of(), seed);
        assertTrue(result.dropped().keySet().stream().noneMatch(k -> k.startsWith(QualityGates.STRATEGY_FAILED)),
                result.dropped()::toString);
        for (QuestionContent q : result.questions()) {
            assertTrue(ItemValidator.problems(q, a.text()).isEmpty(), () -> ItemValidator.problems(q, a.text()) + " " + q);
        }
    }
}
