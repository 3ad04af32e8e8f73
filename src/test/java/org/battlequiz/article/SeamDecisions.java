package org.battlequiz.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The belligerent and commander seam decisions the parser makes on the articles with truth, each candidate's cues
 * and whether its columns agree with the truth. A candidate is right when no name it puts in a column matches
 * (token F1 >= 0.7, as score_facts.py) only a name of the other side, and it puts as many truth names on their own
 * side as the best candidate does; with a second truth for the battle (its wikitext page) it must satisfy both.
 */
final class SeamDecisions {
    private static final double SAME_NAME = 0.7;
    private static final Set<String> STOP = Set.of("the", "of", "and", "a", "an", "in", "at", "lt", "col", "gen",
            "general", "colonel");

    /** battle groups the copies of one battle (an export article and another mirror of it) for leaving out. */
    record Decision(String battle, String article, Section kind, double[][] cues, boolean[] right) {
    }

    record Collected(List<Decision> used, int skipped, int articles) {
    }

    private record Source(Path article, List<Path> truths) {
    }

    private SeamDecisions() {
    }

    static Collected collect() {
        List<Source> sources = new ArrayList<>();
        addExports(sources, Path.of("../shared/articles"), Path.of("../shared/articles/truth"));
        addExports(sources, Path.of("../shared/real/articles"), Path.of("../shared/real/truth"));
        addExports(sources, ArticleCorpus.OWN, ArticleCorpus.OWN.resolve("truth"));
        addWikitextTruths(sources);
        List<Decision> used = new ArrayList<>();
        int skipped = 0;
        for (Source source : sources) {
            for (Decision d : decisions(source)) {
                if (anyRight(d.right())) {
                    used.add(d);
                } else {
                    skipped++;
                }
            }
        }
        return new Collected(used, skipped, sources.size());
    }

    private static void addExports(List<Source> out, Path dir, Path truthDir) {
        for (Path article : ArticleCorpus.articles(dir)) {
            Path truth = truthDir.resolve(ArticleCorpus.baseName(article) + ".json");
            if (article.toString().endsWith(".txt") && Files.exists(truth)) {
                out.add(new Source(article, new ArrayList<>(List.of(truth))));
            }
        }
    }

    /** A wikitext page's explicit columns are a second truth for each export article of the same battle. */
    private static void addWikitextTruths(List<Source> sources) {
        for (Path wiki : ArticleCorpus.articles(ArticleCorpus.WIKITEXT)) {
            Path truth = ArticleCorpus.truth(wiki);
            for (Source s : sources) {
                if (Files.exists(truth) && battle(s.article()).equals(battle(wiki))) {
                    s.truths().add(truth);
                }
            }
        }
    }

    /** "12_waterloo.txt", "25_midway.txt" -> "waterloo", "midway". */
    static String battle(Path file) {
        return ArticleCorpus.baseName(file).replaceFirst("^\\d+_", "").replace('_', '-');
    }

    private static List<Decision> decisions(Source source) {
        Map<Section, ColumnSplitter.Decision> last = new EnumMap<>(Section.class);
        ColumnSplitter.watch(d -> last.put(d.kind(), d));
        try {
            new ArticleParser().parse(ArticleCorpus.read(source.article()));
        } catch (RuntimeException refused) {
            return List.of();
        } finally {
            ColumnSplitter.watch(null);
        }
        List<JsonNode> truths = source.truths().stream().map(SeamDecisions::json).toList();
        List<Decision> out = new ArrayList<>();
        for (Section kind : List.of(Section.BELLIGERENTS, Section.COMMANDERS)) {
            ColumnSplitter.Decision d = last.get(kind);
            if (d == null) {
                continue;
            }
            double[][] cues = d.cues().stream().map(SeamCues::values).toArray(double[][]::new);
            out.add(new Decision(battle(source.article()), source.article().getFileName().toString(), kind, cues,
                    right(d.splits(), kind, truths)));
        }
        return out;
    }

    private static boolean[] right(List<ColumnSplitter.Split> splits, Section kind, List<JsonNode> truths) {
        boolean[] right = new boolean[splits.size()];
        java.util.Arrays.fill(right, true);
        for (JsonNode truth : truths) {
            List<List<String>> sides = truthNames(truth, kind);
            int[] correct = new int[splits.size()];
            int[] wrong = new int[splits.size()];
            for (int c = 0; c < splits.size(); c++) {
                List<List<String>> columns = List.of(names(splits.get(c).left(), kind), names(splits.get(c).right(), kind));
                for (int side = 0; side < 2; side++) {
                    List<String> unmatched = new ArrayList<>(columns.get(side));
                    for (String t : sides.get(side)) {
                        unmatched.stream().filter(p -> same(t, p)).findFirst().ifPresent(unmatched::remove);
                    }
                    correct[c] += columns.get(side).size() - unmatched.size();
                    for (String p : unmatched) {
                        if (sides.get(1 - side).stream().anyMatch(t -> same(t, p))
                                && sides.get(side).stream().noneMatch(t -> same(t, p))) {
                            wrong[c]++;
                        }
                    }
                }
            }
            int best = java.util.Arrays.stream(correct).max().orElse(0);
            for (int c = 0; c < splits.size(); c++) {
                right[c] &= best > 0 && wrong[c] == 0 && correct[c] == best;
            }
        }
        return right;
    }

    private static List<String> names(List<Piece> pieces, Section kind) {
        if (kind == Section.BELLIGERENTS) {
            return SideReader.belligerents(pieces, 1.0).stream().map(NamedEntry::name).toList();
        }
        return CommanderReader.read(pieces, 1.0).stream().map(e -> e.commander().name()).toList();
    }

    private static List<List<String>> truthNames(JsonNode truth, Section kind) {
        List<List<String>> out = new ArrayList<>();
        for (int side = 0; side < 2; side++) {
            List<String> names = new ArrayList<>();
            for (JsonNode n : truth.path("sides").path(side).path(kind == Section.BELLIGERENTS ? "belligerents" : "commanders")) {
                names.add(n.isTextual() ? n.asText() : n.path("name").asText());
            }
            out.add(names);
        }
        return out;
    }

    static boolean anyRight(boolean[] right) {
        for (boolean r : right) {
            if (r) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode json(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean same(String a, String b) {
        return tokenF1(a, b) >= SAME_NAME;
    }

    /** Token F1 of two names as the fact scorer computes it (accents, case, punctuation and stop words dropped). */
    static double tokenF1(String a, String b) {
        List<String> ta = tokens(a);
        List<String> tb = tokens(b);
        return ta.isEmpty() && tb.isEmpty() ? 1 : AttributionCalibration.overlapF1(ta, tb);
    }

    private static List<String> tokens(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .replaceAll("\\[[^\\]]*\\]", " ").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_\\s]", " ");
        List<String> out = new ArrayList<>();
        for (String t : n.strip().split("\\s+")) {
            if (!t.isEmpty() && !STOP.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
