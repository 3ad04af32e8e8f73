package org.battlequiz.article;

import java.util.List;

/** One infobox column: side 0 is the first column. */
public record Side(List<NamedEntry> belligerents, List<Commander> commanders, List<NamedEntry> units,
                   Strength strength, Casualties casualties) {
    public Side {
        belligerents = List.copyOf(belligerents);
        commanders = List.copyOf(commanders);
        units = List.copyOf(units);
    }
}
