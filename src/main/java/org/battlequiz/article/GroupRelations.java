package org.battlequiz.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads from body sentences which belligerent groups fight together ("France, the United Kingdom and Sardinia")
 * and which fight each other ("Germany and its allies fought the Soviet Union"). relation[g][h] is positive for
 * allies and negative for enemies.
 */
final class GroupRelations {
    private static final Set<String> OPPOSING = Set.of("against", "versus", "vs", "fought", "defeated", "attacked",
            "besieged", "repulsed", "routed", "invaded", "beat", "destroyed", "crushed", "engaged", "opposed",
            "defending", "attacking", "defended", "fighting", "resisted", "annihilated", "surrounded", "enemy");
    private static final Set<String> LISTING = Set.of("and", "the", "its", "their", "allies", "allied", "of", "with",
            "together", "supported", "by", "along");

    private GroupRelations() {
    }

    static double[][] read(List<List<String>> groupStems, List<String> sentences) {
        int n = groupStems.size();
        double[][] rel = new double[n][n];
        for (String sentence : sentences) {
            List<String> tokens = Words.tokens(sentence);
            List<int[]> hits = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                int g = groupOf(Words.stem(tokens.get(i)), groupStems);
                if (g >= 0 && (hits.isEmpty() || hits.get(hits.size() - 1)[1] != g)) {
                    hits.add(new int[]{i, g});
                }
            }
            for (int a = 0; a + 1 < hits.size(); a++) {
                int[] x = hits.get(a);
                int[] y = hits.get(a + 1);
                if (x[1] == y[1]) {
                    continue;
                }
                List<String> between = tokens.subList(x[0] + 1, y[0]);
                boolean between2 = x[0] > 0 && tokens.subList(Math.max(0, x[0] - 3), x[0]).contains("between");
                double r = relation(between, between2);
                rel[x[1]][y[1]] += r;
                rel[y[1]][x[1]] += r;
            }
        }
        return rel;
    }

    private static double relation(List<String> between, boolean afterBetween) {
        for (String t : between) {
            if (OPPOSING.contains(t)) {
                return -1;
            }
        }
        if (afterBetween && between.contains("and") && between.size() <= 6) {
            return -1;
        }
        if (between.size() <= 4 && LISTING.containsAll(between)) {
            return 1;
        }
        return 0;
    }

    private static int groupOf(String stem, List<List<String>> groupStems) {
        int found = -1;
        for (int g = 0; g < groupStems.size(); g++) {
            for (String s : groupStems.get(g)) {
                if (Words.stemMatch(stem, s) >= 1 || Words.stemsMatch(stem, s) && Math.min(stem.length(), s.length()) >= 5) {
                    if (found >= 0 && found != g) {
                        return -1;
                    }
                    found = g;
                }
            }
        }
        return found;
    }
}
