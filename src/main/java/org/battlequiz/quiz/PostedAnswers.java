package org.battlequiz.quiz;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.battlequiz.generation.item.QuestionContent;

/**
 * What a posted form changes in an attempt: the new responses by question id (checked answers and unchanged ones
 * left out), and whether every question it answered is one of the attempt's.
 */
record PostedAnswers(Map<Long, List<String>> changed, boolean allKnown) {
    /** questions: the content of the attempt's questions by id; saved: their answer rows as stored. */
    static PostedAnswers of(MultivaluedMap<String, String> form, Map<Long, QuestionContent> questions,
                            Map<Long, SavedAnswer> saved) {
        Map<Long, List<String>> changed = new LinkedHashMap<>();
        boolean allKnown = true;
        for (long id : AnswerForm.postedQuestions(form)) {
            SavedAnswer row = saved.get(id);
            if (row == null || !questions.containsKey(id)) {
                allKnown = false;
            } else if (!row.checked()) {
                List<String> response = AnswerForm.responseTo(id, questions.get(id), form);
                if (!response.equals(row.response())) {
                    changed.put(id, response);
                }
            }
        }
        return new PostedAnswers(changed, allKnown);
    }
}
