package org.battlequiz.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Prints how well the parser's confidence in each side attribution (belligerents and commanders) is calibrated:
 * per confidence bin, how many attributions fall in it and how many of those put the name on the side the truth
 * has it. Not a test; never gates the build. Folders are given as arguments (each with a truth/ beside its
 * articles), defaulting to the shared, own and real-page sets.
 * Run: ./mvnw -q -o test-compile && java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.battlequiz.article.SideAttributionReport [ARTICLES_DIR ...]
 */
public final class SideAttributionReport {
    private static final double[] EDGES = {0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001};
    private static final double NAME_MATCH = 0.7;

    private SideAttributionReport() {
    }

    private record Attribution(double confidence, boolean right) {
    }

    public static void main(String[] args) throws Exception {
        List<Path> dirs = new ArrayList<>();
        for (String a : args) {
            dirs.add(Path.of(a));
        }
        if (dirs.isEmpty()) {
            dirs.addAll(List.of(ArticleCorpus.SHARED, ArticleCorpus.OWN, Path.of("../shared/real/articles")));
        }
        List<Attribution> all = new ArrayList<>();
        for (Path dir : dirs) {
            all.addAll(attributions(dir));
        }
        System.out.printf("%-12s %8s %9s%n", "confidence", "count", "accuracy");
        for (int b = 0; b + 1 < EDGES.length; b++) {
            double lo = EDGES[b];
            double hi = EDGES[b + 1];
            List<Attribution> in = all.stream().filter(x -> x.confidence() >= lo && x.confidence() < hi).toList();
            System.out.printf("[%.1f, %.1f)  %8d %9s%n", lo, Math.min(hi, 1.0), in.size(), accuracy(in));
        }
        List<Attribution> sure = all.stream().filter(x -> x.confidence() >= 0.8).toList();
        System.out.printf("at or above 0.8: %d attributions, %s right%n", sure.size(), accuracy(sure));
    }

    private static String accuracy(List<Attribution> in) {
        if (in.isEmpty()) {
            return "-";
        }
        return String.format("%.3f", in.stream().filter(Attribution::right).count() / (double) in.size());
    }

    private static List<Attribution> attributions(Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path truthDir = Files.isDirectory(dir.resolve("truth")) ? dir.resolve("truth") : dir.resolveSibling("truth");
        List<Attribution> out = new ArrayList<>();
        ArticleParser parser = new ArticleParser();
        for (Path article : ArticleCorpus.articles(dir)) {
            Path truthFile = truthDir.resolve(ArticleCorpus.baseName(article) + ".json");
            if (!Files.exists(truthFile)) {
                continue;
            }
            ParsedArticle parsed;
            try {
                parsed = parser.parse(ArticleCorpus.read(article));
            } catch (NotABattleArticleException refused) {
                continue;
            }
            JsonNode truth = json.readTree(truthFile.toFile());
            for (int side = 0; side < parsed.sides().size() && side < truth.get("sides").size(); side++) {
                JsonNode t = truth.get("sides").get(side);
                for (NamedEntry e : parsed.sides().get(side).belligerents()) {
                    out.add(new Attribution(e.confidence(), matches(e.name(), names(t.get("belligerents"), false))));
                }
                for (Commander c : parsed.sides().get(side).commanders()) {
                    out.add(new Attribution(c.confidence(), matches(c.name(), names(t.get("commanders"), true))));
                }
            }
        }
        return out;
    }

    private static List<String> names(JsonNode list, boolean commanders) {
        List<String> out = new ArrayList<>();
        if (list != null) {
            list.forEach(n -> out.add(commanders ? n.get("name").asText() : n.asText()));
        }
        return out;
    }

    private static boolean matches(String name, List<String> truth) {
        Set<String> a = new HashSet<>(Words.tokens(name));
        for (String t : truth) {
            Set<String> b = new HashSet<>(Words.tokens(t));
            Set<String> common = new HashSet<>(a);
            common.retainAll(b);
            if (!a.isEmpty() && !b.isEmpty()) {
                double p = common.size() / (double) a.size();
                double r = common.size() / (double) b.size();
                if (p + r > 0 && 2 * p * r / (p + r) >= NAME_MATCH) {
                    return true;
                }
            }
        }
        return false;
    }
}
