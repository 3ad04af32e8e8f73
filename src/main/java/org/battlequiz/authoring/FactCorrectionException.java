package org.battlequiz.authoring;

import java.util.List;

/** A correction of the facts that cannot be made as sent; each problem is said in the teacher's words. */
public class FactCorrectionException extends AuthoringException {
    private final List<String> problems;

    public FactCorrectionException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
