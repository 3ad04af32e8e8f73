package org.battlequiz.generation.item;

import java.util.List;

/**
 * The plain content of one item, shared by the generator, the bank, grading and interchange.
 * <ul>
 *   <li>SINGLE_CHOICE, TRUE_FALSE: options; keys holds exactly one of them ("True"/"False" for TRUE_FALSE).</li>
 *   <li>MULTIPLE_SELECT: options; keys are the right subset.</li>
 *   <li>NUMERIC: keys holds the number (plain digits, may be negative); tolerance is the absolute +/- accepted.</li>
 *   <li>DATE: keys holds the year (negative for BC) or an ISO date; tolerance in years.</li>
 *   <li>MATCHING: stems are the left items, options the right-hand choices, keys[i] the right match of stems[i].</li>
 *   <li>ORDERING: options are the items as shown; keys are the same items in the right order.</li>
 *   <li>CLOZE: prompt contains "____" once; keys are every accepted answer (the key first, then aliases).</li>
 * </ul>
 * source quotes the article line or sentence the item rests on; explanation may add to it. details holds what an
 * imported question brought beyond that (name, tags, partial credit, per-answer feedback); never null.
 */
public record QuestionContent(QuestionType type, String prompt, List<String> stems, List<String> options,
                              List<String> keys, Double tolerance, String explanation, String source,
                              String factKind, Double difficulty, String generatorVersion, ItemDetails details) {
    public QuestionContent {
        stems = stems == null ? List.of() : List.copyOf(stems);
        options = options == null ? List.of() : List.copyOf(options);
        keys = keys == null ? List.of() : List.copyOf(keys);
        details = details == null ? ItemDetails.NONE : details;
    }

    /** An item without imported details, as the generator and the editor write it. */
    public QuestionContent(QuestionType type, String prompt, List<String> stems, List<String> options,
                           List<String> keys, Double tolerance, String explanation, String source,
                           String factKind, Double difficulty, String generatorVersion) {
        this(type, prompt, stems, options, keys, tolerance, explanation, source, factKind, difficulty, generatorVersion,
                ItemDetails.NONE);
    }

    public QuestionContent withExplanation(String newExplanation) {
        return new QuestionContent(type, prompt, stems, options, keys, tolerance, newExplanation, source, factKind,
                difficulty, generatorVersion, details);
    }

    public QuestionContent withDetails(ItemDetails newDetails) {
        return new QuestionContent(type, prompt, stems, options, keys, tolerance, explanation, source, factKind,
                difficulty, generatorVersion, newDetails);
    }
}
