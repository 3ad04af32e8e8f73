package org.battlequiz.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Belligerents the body sets against a belligerent sure of the other column ("fought between the Ranish Empire and
 * the Tolm League"): where the column boundary was guessed, the first name of the first column and the last of the
 * second are sure of theirs, and a name the body opposes to one of them, and allies with none of the other column's,
 * is sure of its own.
 */
final class OpposedInBody {
    static final double OPPOSED = 0.8;

    private OpposedInBody() {
    }

    /** The title is taken out of the sentences: "the Battle of Osk was fought" sets no Osk against anyone. */
    static List<List<NamedEntry>> apply(List<List<NamedEntry>> columns, List<String> body, String title) {
        if (columns.size() != 2 || columns.get(0).isEmpty() || columns.get(1).isEmpty()) {
            return columns;
        }
        List<String> sentences = title == null || title.isBlank() ? body
                : body.stream().map(s -> s.replace(title, " ")).toList();
        List<NamedEntry> all = new ArrayList<>(columns.get(0));
        all.addAll(columns.get(1));
        int split = columns.get(0).size();
        List<List<String>> stems = all.stream().map(e -> Words.keyStems(NameCleaner.clean(e.name()))).toList();
        double[][] relation = GroupRelations.read(stems, sentences);
        List<List<NamedEntry>> out = new ArrayList<>();
        for (int side = 0; side < 2; side++) {
            List<NamedEntry> column = new ArrayList<>();
            int from = side == 0 ? 0 : split;
            int to = side == 0 ? split : all.size();
            for (int i = from; i < to; i++) {
                NamedEntry e = all.get(i);
                column.add(e.confidence() >= OPPOSED || !opposedToTheOtherSide(i, side, split, all, relation) ? e
                        : new NamedEntry(e.name(), e.source(), OPPOSED, e.supporting()));
            }
            out.add(column);
        }
        return out;
    }

    private static boolean opposedToTheOtherSide(int i, int side, int split, List<NamedEntry> all, double[][] relation) {
        boolean opposed = false;
        for (int j = 0; j < all.size(); j++) {
            boolean other = (j < split) != (side == 0);
            if (j == i || relation[i][j] == 0) {
                continue;
            }
            if (other && relation[i][j] > 0 || !other && relation[i][j] < 0) {
                return false;
            }
            boolean sure = all.get(j).confidence() >= OPPOSED || j == 0 || j == all.size() - 1;
            opposed |= other && sure && relation[i][j] < 0;
        }
        return opposed;
    }
}
