package org.battlequiz.history;

/** One answered item in a learner's history: the kind of fact it asked about (dates, commanders...) and whether it was right. */
public record AnsweredItem(String factKind, boolean correct) {
}
