package org.battlequiz.game;

import java.util.List;

/** The shape and colour an option wears on the host's screen and the players' buttons; the shape is named too. */
public record OptionMark(String shape, String symbol, String colour) {
    private static final List<OptionMark> MARKS = List.of(
            new OptionMark("Triangle", "\u25B2", "red"),
            new OptionMark("Diamond", "\u25C6", "blue"),
            new OptionMark("Circle", "\u25CF", "gold"),
            new OptionMark("Square", "\u25A0", "green"),
            new OptionMark("Star", "\u2605", "purple"),
            new OptionMark("Hexagon", "\u2B22", "teal"));

    public static OptionMark at(int index) {
        return MARKS.get(index % MARKS.size());
    }
}
