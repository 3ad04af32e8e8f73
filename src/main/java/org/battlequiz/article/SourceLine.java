package org.battlequiz.article;

import java.util.List;

/** Where a fact came from: the 1-based line number in the pasted text, the line (or sentence) as written, and its reference markers such as "12" or "a". */
public record SourceLine(int lineNumber, String text, List<String> refs) {
    public SourceLine {
        refs = refs == null ? List.of() : List.copyOf(refs);
    }
}
