package org.battlequiz.article;

import java.util.ArrayList;
import java.util.List;

/** Moves a commander whose role names the other side's belligerent ("Hezbollah commander") to that side. */
final class CommanderPlacement {
    private static final double MOVED_CONFIDENCE = 0.8;

    private CommanderPlacement() {
    }

    static List<List<Commander>> place(List<List<CommanderReader.Entry>> columns, SeamContext context) {
        List<Commander> left = new ArrayList<>();
        List<Commander> right = new ArrayList<>();
        for (CommanderReader.Entry e : columns.get(0)) {
            double lean = context.lean(e.role());
            (lean < 0 ? right : left).add(lean < 0 ? moved(e.commander()) : e.commander());
        }
        List<Commander> stayRight = new ArrayList<>();
        for (CommanderReader.Entry e : columns.get(1)) {
            double lean = context.lean(e.role());
            if (lean > 0) {
                left.add(moved(e.commander()));
            } else {
                stayRight.add(e.commander());
            }
        }
        right.addAll(stayRight);
        return List.of(left, right);
    }

    private static Commander moved(Commander c) {
        return new Commander(c.name(), c.note(), c.source(), Math.min(c.confidence(), MOVED_CONFIDENCE));
    }
}
