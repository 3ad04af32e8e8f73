package org.battlequiz.article;

/** A belligerent or unit name with its provenance and how sure the parser is of its side (0..1). */
public record NamedEntry(String name, SourceLine source, double confidence) {

    /** Whether the name is a state or city as the parser's lexicon knows it ("Athens", "Wallachia"), not a people. */
    public static boolean namesAState(String name) {
        return name != null && Lexicon.isState(name);
    }
}
