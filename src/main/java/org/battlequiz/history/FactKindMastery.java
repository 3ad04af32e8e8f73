package org.battlequiz.history;

/** How often a learner answered items about one kind of fact, and how many of those were right. */
public record FactKindMastery(String factKind, int answered, int correct) {

    public double percent() {
        return answered == 0 ? 0 : 100.0 * correct / answered;
    }
}
