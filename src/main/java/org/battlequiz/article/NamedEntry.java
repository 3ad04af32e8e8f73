package org.battlequiz.article;

/** A belligerent or unit name with its provenance and how sure the parser is of its side (0..1). */
public record NamedEntry(String name, SourceLine source, double confidence) {
}
