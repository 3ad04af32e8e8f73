package org.battlequiz.quiz;

import java.util.List;

/** An attempt's answer row as the quiz and summary pages read it. */
record SavedAnswer(List<String> response, Double fraction, boolean checked, boolean flagged) {
    boolean answered() {
        return response.stream().anyMatch(value -> !value.isBlank());
    }
}
