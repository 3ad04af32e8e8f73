package org.battlequiz.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Belligerents their own column's figures name: "2,476 Ranish troops" under the first column and "25,000 Tolmish
 * warriors" under the second say which column the Ranish Empire and Tolm stand in. Where the Strength row holds one
 * figure a column, so that its own seam could fall nowhere else, a name the figure of its own column names, and
 * that of the other column does not, is sure of its column.
 */
final class NamedByFigures {
    static final double NAMED = 0.8;

    private NamedByFigures() {
    }

    static List<List<NamedEntry>> apply(List<List<NamedEntry>> columns, List<List<Piece>> figuresByColumn) {
        if (columns.size() != 2 || figuresByColumn.size() != 2
                || figuresByColumn.stream().anyMatch(figures -> figures.size() != 1)) {
            return columns;
        }
        List<List<NamedEntry>> out = new ArrayList<>();
        for (int side = 0; side < 2; side++) {
            List<Piece> own = figuresByColumn.get(side);
            List<Piece> other = figuresByColumn.get(1 - side);
            List<NamedEntry> column = new ArrayList<>();
            for (NamedEntry e : columns.get(side)) {
                boolean named = e.confidence() < NAMED && names(own, e.name()) && !names(other, e.name())
                        && columns.get(1 - side).stream().noneMatch(o -> names(own, o.name()));
                column.add(named ? new NamedEntry(e.name(), e.source(), NAMED, e.supporting()) : e);
            }
            out.add(column);
        }
        return out;
    }

    private static boolean names(List<Piece> figures, String name) {
        return figures.stream().anyMatch(p -> NamedEntry.isNamedIn(p.clean(), NameCleaner.clean(name)));
    }
}
