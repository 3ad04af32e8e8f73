package org.battlequiz.authoring.interchange;

import java.util.List;

/** The exported text and every item the format could not express. */
public record ExportResult(String text, List<SkippedItem> skipped) {
    public ExportResult {
        skipped = List.copyOf(skipped);
    }

    public boolean complete() {
        return skipped.isEmpty();
    }
}
