package org.battlequiz.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Blank-line groups of the Belligerents row, and the choice of where the first column's groups end. */
final class BelligerentGroups {
    private BelligerentGroups() {
    }

    /**
     * Groups split by blank lines; a bulleted member after a blank line still belongs to the group above it, and so
     * does a "Supported by:" heading, as no column starts with its supporters.
     */
    static List<List<TextLine>> of(List<TextLine> lines) {
        List<List<TextLine>> groups = new ArrayList<>();
        List<TextLine> current = new ArrayList<>();
        for (TextLine l : lines) {
            if (l.blank()) {
                if (!current.isEmpty()) {
                    groups.add(current);
                    current = new ArrayList<>();
                }
            } else if (current.isEmpty() && !groups.isEmpty() && (StrengthReader.isBullet(l.clean())
                    || SupportHeadings.isHeading(l.clean()) && SupportHeadings.introducesSupport(l.clean()))) {
                current = groups.remove(groups.size() - 1);
                current.add(l);
            } else {
                current.add(l);
            }
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        if (groups.isEmpty()) {
            groups.add(new ArrayList<>());
        }
        return groups;
    }

    static ColumnSplitter.Split split(List<List<TextLine>> groups, int k, double confidence) {
        List<Piece> left = new ArrayList<>();
        List<Piece> right = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            for (TextLine l : groups.get(g)) {
                (g < k ? left : right).add(l.whole());
            }
        }
        return new ColumnSplitter.Split(left, right, confidence);
    }

    /**
     * One column when the Result row names the run's first and last belligerents together as victors ("A, B and C
     * victory" over the lines A, B, D, C): no boundary can part them, so the other side's names were lost. Null
     * when the Result row does not say so.
     */
    static ColumnSplitter.Split victorsOnly(List<TextLine> lines, String victors) {
        List<TextLine> named = lines.stream().filter(l -> !l.blank()).toList();
        if (victors.isEmpty() || named.size() < 2
                || !NamedEntry.isNamedIn(victors, NameCleaner.clean(named.get(0).clean()))
                || !NamedEntry.isNamedIn(victors, NameCleaner.clean(named.get(named.size() - 1).clean()))) {
            return null;
        }
        return new ColumnSplitter.Split(named.stream().map(TextLine::whole).toList(), List.of(), LOST_SIDE_CONFIDENCE);
    }

    /**
     * "France", "Kingdom of Sardinia", "Austrian Empire" under "Franco-Sardinian victory": where the Result row names
     * two or more lines at one end of the list as the victors, and no other line, they stand together in one column
     * and the rest in the other. Null when the victors are not such a run.
     */
    static ColumnSplitter.Split victorsTogether(List<TextLine> lines, String victors) {
        List<TextLine> named = lines.stream().filter(l -> !l.blank()).toList();
        if (victors.isEmpty() || named.size() < 3) {
            return null;
        }
        boolean[] victor = new boolean[named.size()];
        int count = 0;
        for (int i = 0; i < named.size(); i++) {
            victor[i] = NamedEntry.isNamedIn(victors, NameCleaner.clean(named.get(i).clean()));
            count += victor[i] ? 1 : 0;
        }
        if (count < 2 || count == named.size()) {
            return null;
        }
        boolean first = java.util.stream.IntStream.range(0, count).allMatch(i -> victor[i]);
        boolean last = java.util.stream.IntStream.range(named.size() - count, named.size()).allMatch(i -> victor[i]);
        if (first == last) {
            return null;
        }
        int seam = first ? count : named.size() - count;
        return new ColumnSplitter.Split(named.subList(0, seam).stream().map(TextLine::whole).toList(),
                named.subList(seam, named.size()).stream().map(TextLine::whole).toList(), VICTORS_CONFIDENCE);
    }

    private static final double VICTORS_CONFIDENCE = 0.7;

    /** The other side's names are lost: which column the survivors stood in is a guess. */
    private static final double LOST_SIDE_CONFIDENCE = 0.6;

    /**
     * Picks the group boundary that best agrees with where each group's name is mentioned in the other rows; a word
     * several groups' names share ("Africa" of South Africa and the African National Congress) counts for each in part.
     */
    static ColumnSplitter.Split choose(List<List<TextLine>> groups, Map<Section, ColumnSplitter.Split> others,
                                       List<String> sentences, String victors) {
        int n = groups.size();
        double[] lean = new double[n];
        List<List<String>> groupStems = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            List<String> stems = new ArrayList<>();
            for (TextLine l : groups.get(g)) {
                stems.addAll(Words.keyStems(NameCleaner.clean(l.clean())));
            }
            groupStems.add(stems);
        }
        for (int g = 0; g < n; g++) {
            for (String stem : new java.util.LinkedHashSet<>(groupStems.get(g))) {
                double shared = groupStems.stream().filter(other -> other.contains(stem)).count();
                for (Map.Entry<Section, ColumnSplitter.Split> e : others.entrySet()) {
                    double weight = (e.getKey() == Section.COMMANDERS ? 0.3 : 1) / shared;
                    lean[g] += weight * (count(e.getValue().left(), List.of(stem))
                            - count(e.getValue().right(), List.of(stem)));
                }
            }
        }
        double[][] rel = GroupRelations.read(groupStems, sentences);
        allyVictors(groups, victors, rel);
        coalitionMembers(groups, rel);
        int best = 1;
        double bestScore = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        for (int k = 1; k < n; k++) {
            double s = -0.05 * Math.abs(k - n / 2.0);
            for (int g = 0; g < n; g++) {
                s += g < k ? lean[g] : -lean[g];
                for (int h = g + 1; h < n; h++) {
                    s += 0.5 * ((g < k) == (h < k) ? rel[g][h] : -rel[g][h]);
                }
            }
            if (s > bestScore) {
                second = bestScore;
                bestScore = s;
                best = k;
            } else if (s > second) {
                second = s;
            }
        }
        double margin = bestScore - second;
        return split(groups, best, Math.max(0.5, Math.min(0.95, 0.6 + margin / 3)));
    }

    /** Groups the Result row names together as victors ("Franco-American victory") fight on one side. */
    private static void allyVictors(List<List<TextLine>> groups, String victors, double[][] rel) {
        int n = groups.size();
        boolean[] named = new boolean[n];
        int count = 0;
        for (int g = 0; g < n; g++) {
            named[g] = !victors.isEmpty() && groups.get(g).stream()
                    .anyMatch(l -> NamedEntry.isNamedWholeIn(victors, NameCleaner.clean(l.clean())));
            count += named[g] ? 1 : 0;
        }
        if (count < 2 || count == n) {
            return;
        }
        for (int g = 0; g < n; g++) {
            for (int h = g + 1; h < n; h++) {
                double r = named[g] && named[h] ? 3 : named[g] != named[h] ? -1 : 0;
                rel[g][h] += r;
                rel[h][g] += r;
            }
        }
    }

    private static final java.util.regex.Pattern COALITION = java.util.regex.Pattern.compile(
            "(?i)\\b(league|coalition|alliance|allies|allied powers|entente)\\b");

    /**
     * A first group headed by a coalition ("Holy League") is followed by its members: the groups between it and the
     * last one lean to its side. The last group stays the other side's.
     */
    private static final double COALITION_PULL = 3;

    private static void coalitionMembers(List<List<TextLine>> groups, double[][] rel) {
        int n = groups.size();
        if (n < 3 || groups.get(0).isEmpty() || !COALITION.matcher(groups.get(0).get(0).clean()).find()) {
            return;
        }
        for (int g = 1; g < n - 1; g++) {
            rel[0][g] += COALITION_PULL;
            rel[g][0] += COALITION_PULL;
        }
    }

    private static int count(List<Piece> pieces, List<String> stems) {
        int c = 0;
        for (Piece p : pieces) {
            c += SeamContext.mentions(p.clean(), stems);
        }
        return c;
    }
}
