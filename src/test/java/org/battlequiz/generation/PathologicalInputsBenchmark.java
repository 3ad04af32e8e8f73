package org.battlequiz.generation;

import java.util.List;
import java.util.Map;
import org.battlequiz.article.ArticleParser;
import org.battlequiz.article.ParsedArticle;
import org.battlequiz.support.PathologicalArticles;

/**
 * Prints how long parsing and generating each pathological input takes, against the same article unchanged
 * (not a test; never gates CI). Run from the repository root with the test classpath.
 */
public final class PathologicalInputsBenchmark {
    private PathologicalInputsBenchmark() {
    }

    public static void main(String[] args) {
        ArticleParser parser = new ArticleParser();
        QuestionGenerator generator = new QuestionGenerator();
        for (Map.Entry<String, String> input : PathologicalArticles.all().entrySet()) {
            long start = System.nanoTime();
            String outcome;
            try {
                ParsedArticle parsed = parser.parse(input.getValue());
                outcome = generator.generate(parsed, List.of(), 1).questions().size() + " items";
            } catch (RuntimeException | StackOverflowError e) {
                outcome = e.getClass().getSimpleName();
            }
            System.out.printf("%-40s %8.0f ms  %s%n", input.getKey(), (System.nanoTime() - start) / 1e6, outcome);
        }
    }
}
