package org.battlequiz.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Commanders whose column the flags before the names pin down. Where every commander line whose flag or icon names
 * a belligerent of the first side comes before every line naming one of the second, and the page names both, the
 * lines up to the last flag of the first side can only be the first column's, and the lines from the first flag of
 * the second side only the second's. A commander put on one of those lines' own side is sure; one put against them
 * is doubtful. Lines between the two flags, and lines holding several names, keep the confidence they had.
 */
final class FlagCorroboration {
    static final double PINNED = 0.85;
    static final double AGAINST_FLAGS = 0.5;

    private FlagCorroboration() {
    }

    static List<List<Commander>> apply(List<List<Commander>> placed, List<String> left, List<String> right,
                                       List<TextLine> lines, FlagPrefixes flags) {
        if (left.isEmpty() || right.isEmpty()) {
            return placed;
        }
        Map<Integer, Integer> position = new HashMap<>();
        int lastLeft = -1;
        int firstRight = -1;
        List<Integer> groupSides = new ArrayList<>();
        java.util.Set<Integer> groups = new java.util.HashSet<>();
        int group = 0;
        for (int i = 0, k = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (line.blank()) {
                group++;
                continue;
            }
            groups.add(group);
            position.put(line.number(), k);
            int side = sideNamed(flags.flagOrIcon(line), left, right);
            if (side == 0) {
                if (firstRight >= 0) {
                    return placed;
                }
                lastLeft = k;
            } else if (side == 1 && firstRight < 0) {
                firstRight = k;
            }
            if (side >= 0) {
                groupSides.add(group * 2 + side);
            }
            k++;
        }
        if (lastLeft < 0 || firstRight < 0 || groups.size() > 1 && sidesShareAGroup(groupSides)) {
            return placed;
        }
        Map<Integer, Integer> perLine = new HashMap<>();
        placed.forEach(column -> column.forEach(c -> perLine.merge(lineOf(c), 1, Integer::sum)));
        List<List<Commander>> out = new ArrayList<>();
        for (int side = 0; side < placed.size(); side++) {
            List<Commander> column = new ArrayList<>();
            for (Commander c : placed.get(side)) {
                Integer at = position.get(lineOf(c));
                if (at == null || perLine.get(lineOf(c)) > 1) {
                    column.add(c);
                    continue;
                }
                boolean pinnedLeft = at <= lastLeft;
                boolean pinnedRight = at >= firstRight;
                boolean agrees = side == 0 ? pinnedLeft : pinnedRight;
                boolean disagrees = side == 0 ? pinnedRight : pinnedLeft;
                double confidence = agrees ? Math.max(c.confidence(), PINNED)
                        : disagrees ? Math.min(c.confidence(), AGAINST_FLAGS) : c.confidence();
                column.add(new Commander(c.name(), c.note(), c.source(), confidence));
            }
            out.add(column);
        }
        return out;
    }

    private static int lineOf(Commander c) {
        return c.source() == null ? -1 : c.source().lineNumber();
    }

    /** 0 or 1 when the flag names a belligerent of that side only, else -1. */
    private static int sideNamed(String flag, List<String> left, List<String> right) {
        if (flag.isEmpty()) {
            return -1;
        }
        boolean l = left.stream().anyMatch(n -> NamedEntry.isNamedIn(flag, n));
        boolean r = right.stream().anyMatch(n -> NamedEntry.isNamedIn(flag, n));
        return l == r ? -1 : l ? 0 : 1;
    }

    /** Blank-line groups that hold flags of both sides: the blank lines, not the flags, part the columns there. */
    private static boolean sidesShareAGroup(List<Integer> groupSides) {
        return groupSides.stream().anyMatch(g -> g % 2 == 0 && groupSides.contains(g + 1));
    }
}
