package org.battlequiz.article;

import java.util.Map;

/**
 * One correction a teacher made to the facts the parser read, replayable on a fresh parse of the same text.
 * side is the side the fact is on (0-based, -1 for the battle's own facts), target the name of the belligerent or
 * commander meant (null for figures and battle facts), toSide where a MOVE sends it. values holds what a FIX or
 * ADD sets, already checked: "name", "note", "text", "min", "max", "killed", "wounded", "captured", "start",
 * "end", "place", "result", "winner" (a side index or empty), and "lineNumber" / "lineText" for the source.
 */
public record FactCorrection(Action action, Kind kind, int side, String target, int toSide,
                             Map<String, String> values) {
    public enum Action { MOVE, FIX, REMOVE, ADD, CONFIRM }

    /** The facts a teacher can correct, each with the name the facts page gives it. */
    public enum Kind {
        BELLIGERENT("Belligerent", true), COMMANDER("Commander", true), STRENGTH("Strength", true),
        CASUALTIES("Casualties", true), DATES("Dates", false), PLACE("Place", false), RESULT("Result", false);

        private final String label;
        private final boolean perSide;

        Kind(String label, boolean perSide) {
            this.label = label;
            this.perSide = perSide;
        }

        public String label() {
            return label;
        }

        /** Whether the fact belongs to one side (belligerents, commanders, figures) or to the battle. */
        public boolean perSide() {
            return perSide;
        }

        /** Whether the fact is one of several named entries of a side, told apart by name. */
        public boolean named() {
            return this == BELLIGERENT || this == COMMANDER;
        }
    }

    public FactCorrection {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    public String value(String key) {
        return values.get(key);
    }
}
