package org.battlequiz.history;

/** How many items about one kind of fact (dates, commanders...) a learner answered, and the credit earned (0..answered). */
public record FactKindMastery(String factKind, long answered, double credit) {

    public String label() {
        return FactKinds.label(factKind);
    }

    public long percent() {
        return answered == 0 ? 0 : Math.round(100 * credit / answered);
    }
}
