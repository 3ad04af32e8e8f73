package org.battlequiz.article;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints how many seed-sized articles one core parses per second (not a test; never gates CI).
 * Run: ./mvnw -q -o test-compile && java -cp target/classes:target/test-classes org.battlequiz.article.ParserBenchmark
 */
public final class ParserBenchmark {
    private ParserBenchmark() {
    }

    public static void main(String[] args) {
        List<String> articles = new ArrayList<>();
        for (Path dir : List.of(ArticleCorpus.SHARED, ArticleCorpus.OWN, ArticleCorpus.WIKITEXT)) {
            ArticleCorpus.articles(dir).forEach(p -> articles.add(ArticleCorpus.read(p)));
        }
        if (articles.isEmpty()) {
            System.out.println("no articles found; run from the repository root");
            return;
        }
        ArticleParser parser = new ArticleParser();
        long sink = 0;
        for (int i = 0; i < 3000; i++) {
            sink += parser.parse(articles.get(i % articles.size())).sides().size();
        }
        int rounds = 20_000;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            sink += parser.parse(articles.get(i % articles.size())).sides().size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf("%d articles (%d distinct) in %.2f s: %.0f articles/s on one thread (checksum %d)%n",
                rounds, articles.size(), seconds, rounds / seconds, sink);
        System.out.printf("thread CPU time %.2f s: %.0f articles per CPU-second, whatever else shares the machine%n",
                cpuSeconds, rounds / cpuSeconds);
        linearity(parser, articles.get(0), threads);
    }

    /** Grows the first article by repeating its first prose paragraph and prints CPU time per KiB at each size. */
    private static void linearity(ArticleParser parser, String article, ThreadMXBean threads) {
        String prose = article.lines().filter(l -> l.length() > 200).findFirst().orElseThrow();
        String paragraph = prose + "\n\n";
        int at = article.indexOf(prose);
        double first = 0;
        for (int copies : new int[] {1, 8, 64, 512}) {
            String grown = article.substring(0, at) + paragraph.repeat(copies) + article.substring(at);
            int reps = Math.max(20, 4000 / copies);
            long cpu = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < reps; i++) {
                parser.parse(grown);
            }
            double nsPerKib = (threads.getCurrentThreadCpuTime() - cpu) / (double) reps / (grown.length() / 1024.0);
            first = first == 0 ? nsPerKib : first;
            System.out.printf("%7d chars: %.0f CPU-ns per KiB (%.2f x the smallest)%n", grown.length(), nsPerKib,
                    nsPerKib / first);
        }
    }
}
