package org.battlequiz.article;

import java.util.List;

/** The two-column rows of the infobox, in the order they appear. */
enum Section {
    BELLIGERENTS(List.of("Belligerents", "Combatants", "Parties to the conflict")),
    COMMANDERS(List.of("Commanders and leaders", "Commanders", "Leaders", "Commander")),
    UNITS(List.of("Units involved", "Units", "Forces involved")),
    STRENGTH(List.of("Strength", "Forces", "Troop strength")),
    CASUALTIES(List.of("Casualties and losses", "Casualties", "Losses"));

    final List<String> labels;

    Section(List<String> labels) {
        this.labels = labels;
    }

    /** The section whose heading is this whole line, or null. */
    static Section heading(String cleanLine) {
        String s = cleanLine.strip();
        if (s.startsWith("• ") || s.startsWith("· ") || s.startsWith("* ")) {
            s = s.substring(2).strip();
        }
        if (s.endsWith(":")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        for (Section section : values()) {
            for (String label : section.labels) {
                if (s.equalsIgnoreCase(label)) {
                    return section;
                }
            }
        }
        return null;
    }
}
