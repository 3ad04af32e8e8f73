package org.battlequiz.generation;

/**
 * The fact an item rests on, as the generator saw it: its identity ("commander:abu jihad"), the fact in one
 * sentence and the evidence it quotes. An item whose fact reads the same after the facts were corrected still
 * holds; one whose statement or evidence changed needs a look.
 */
public record ItemFact(String id, String statement, String evidence) {

    static ItemFact of(FactRef fact) {
        return new ItemFact(fact.id(), fact.statement() == null ? "" : fact.statement(),
                fact.evidence() == null ? "" : fact.evidence());
    }

    /** Statement and evidence together: what must stay equal for the item to hold. */
    public String fingerprint() {
        return evidence.isEmpty() ? statement : statement + "\n" + evidence;
    }

    /** The statement of a stored fingerprint, as a teacher reads it. */
    public static String statementOf(String fingerprint) {
        if (fingerprint == null) {
            return "";
        }
        int cut = fingerprint.indexOf('\n');
        return cut < 0 ? fingerprint : fingerprint.substring(0, cut);
    }
}
