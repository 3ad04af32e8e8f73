package org.battlequiz.study;

/** How many cards a study session has waiting, split as Anki shows them: new, learning (with relearning), review. */
public record DueCounts(int newCards, int learning, int review) {

    public int total() {
        return newCards + learning + review;
    }
}
