package org.battlequiz.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Prints how often the side the parser gives a belligerent or commander is the side the truth gives it, binned by
 * the confidence the parser stated: the calibration table. Not a test and never part of the build.
 * Usage: java ... AttributionCalibration [ARTICLES_DIR [TRUTH_DIR]] (default ../shared/real/articles; the truth
 * folder inside the articles folder or beside it).
 */
public final class AttributionCalibration {
    private static final double[] BINS = {0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01};
    private static final double SAME_NAME = 0.7;

    record Attribution(double confidence, boolean right) {
    }

    public static void main(String[] args) throws IOException {
        Path articles = Path.of(args.length > 0 ? args[0] : "../shared/real/articles");
        Path truth = args.length > 1 ? Path.of(args[1])
                : Files.isDirectory(articles.resolve("truth")) ? articles.resolve("truth") : articles.resolveSibling("truth");
        List<Attribution> all = attributions(articles, truth);
        System.out.println("confidence    attributions  right  share right");
        for (int b = 0; b + 1 < BINS.length; b++) {
            double lo = BINS[b];
            double hi = BINS[b + 1];
            List<Attribution> in = all.stream().filter(a -> a.confidence() >= lo && a.confidence() < hi).toList();
            long right = in.stream().filter(Attribution::right).count();
            System.out.printf(Locale.ROOT, "[%.1f, %.1f)  %12d  %5d  %s%n", lo, Math.min(hi, 1.0), in.size(), right,
                    in.isEmpty() ? "-" : String.format(Locale.ROOT, "%.3f", right / (double) in.size()));
        }
        List<Attribution> sure = all.stream().filter(a -> a.confidence() >= 0.8).toList();
        System.out.printf(Locale.ROOT, "marked >= 0.8: %d of %d right (%.3f)%n",
                sure.stream().filter(Attribution::right).count(), sure.size(),
                sure.isEmpty() ? 0.0 : sure.stream().filter(Attribution::right).count() / (double) sure.size());
    }

    /** Each name the parser put on a side that the truth names on exactly one side, with whether the sides agree. */
    static List<Attribution> attributions(Path articles, Path truthDir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Attribution> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(articles)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            Path truthFile = truthDir.resolve(file.getFileName().toString().replace(".txt", ".json"));
            if (!Files.exists(truthFile)) {
                continue;
            }
            ParsedArticle parsed;
            try {
                parsed = new ArticleParser().parse(Files.readString(file));
            } catch (RuntimeException refused) {
                continue;
            }
            JsonNode sides = json.readTree(truthFile.toFile()).path("sides");
            for (int i = 0; i < parsed.sides().size(); i++) {
                Side side = parsed.sides().get(i);
                for (NamedEntry e : side.belligerents()) {
                    judge(e.name(), e.confidence(), i, sides, "belligerents").ifPresent(out::add);
                }
                for (Commander c : side.commanders()) {
                    judge(c.name(), c.confidence(), i, sides, "commanders").ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private static java.util.Optional<Attribution> judge(String name, double confidence, int side, JsonNode sides,
                                                          String field) {
        Set<Integer> truthSides = new HashSet<>();
        for (int t = 0; t < sides.size(); t++) {
            for (JsonNode n : sides.get(t).path(field)) {
                String truthName = n.isTextual() ? n.asText() : n.path("name").asText();
                if (tokenF1(name, truthName) >= SAME_NAME) {
                    truthSides.add(t);
                }
            }
        }
        return truthSides.size() == 1
                ? java.util.Optional.of(new Attribution(confidence, truthSides.contains(side)))
                : java.util.Optional.empty();
    }

    static double tokenF1(String a, String b) {
        return overlapF1(tokens(a), tokens(b));
    }

    /** The F1 of the tokens two names share, each token counted as often as both have it; 0 when none are shared. */
    static double overlapF1(List<String> x, List<String> y) {
        List<String> rest = new ArrayList<>(y);
        int common = 0;
        for (String t : x) {
            if (rest.remove(t)) {
                common++;
            }
        }
        double p = common / (double) x.size();
        double r = common / (double) y.size();
        return common == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static List<String> tokens(String s) {
        String plain = java.text.Normalizer.normalize(s == null ? "" : s, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return java.util.Arrays.stream(plain.split("[^\\p{L}\\p{N}]+")).filter(t -> !t.isEmpty()).toList();
    }
}
