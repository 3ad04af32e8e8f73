package org.battlequiz.article;

import java.util.List;
import java.util.Locale;

/** Which side the Result row names as victor: null for inconclusive results or when no side is named. */
final class WinnerReader {
    private static final List<String> DRAWN = List.of("inconclusive", "indecisive", "stalemate", "draw", "undecided",
            "disputed", "both sides claim", "status quo", "uncertain", "unclear", "ongoing", "tactical draw");

    private WinnerReader() {
    }

    static Integer winner(String result, List<Side> sides) {
        if (result == null || sides.size() < 2) {
            return null;
        }
        String first = result.split(";")[0];
        String lower = first.toLowerCase(Locale.ROOT);
        for (String d : DRAWN) {
            if (lower.contains(d)) {
                return null;
            }
        }
        Integer byBelligerent = best(first, sides, true);
        return byBelligerent != null ? byBelligerent : best(first, sides, false);
    }

    private static Integer best(String text, List<Side> sides, boolean belligerents) {
        List<String> resultStems = Words.tokens(text).stream().map(Words::stem).toList();
        double[] score = new double[sides.size()];
        for (int i = 0; i < sides.size(); i++) {
            Side side = sides.get(i);
            List<String> names = belligerents
                    ? side.belligerents().stream().map(NamedEntry::name).toList()
                    : java.util.stream.Stream.concat(side.commanders().stream().map(Commander::name),
                    side.units().stream().map(NamedEntry::name)).toList();
            for (String name : names) {
                List<String> stems = Words.keyStems(name);
                if (stems.isEmpty()) {
                    continue;
                }
                long hit = stems.stream().filter(s -> resultStems.stream().anyMatch(r -> Words.stemsMatch(r, s))).count();
                score[i] = Math.max(score[i], (double) hit / stems.size());
            }
        }
        int best = -1;
        for (int i = 0; i < score.length; i++) {
            if (score[i] > 0 && (best < 0 || score[i] > score[best])) {
                best = i;
            } else if (best >= 0 && score[i] == score[best]) {
                return null;
            }
        }
        return best < 0 ? null : best;
    }
}
