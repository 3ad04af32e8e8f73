package org.battlequiz.article;

import java.util.List;

/** Whole-force personnel strength; min/max null when unknown ("N+" gives max null). */
public record Strength(Long min, Long max, String text, List<SourceLine> sources, double confidence) {
    public Strength {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** Whether a figure's label ("galleys", "ships captured", "war elephants") counts equipment, not people. */
    public static boolean countsEquipment(String label) {
        return label != null && StrengthReader.isEquipment(label.toLowerCase(java.util.Locale.ROOT));
    }
}
