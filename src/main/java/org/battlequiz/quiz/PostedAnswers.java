package org.battlequiz.quiz;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.battlequiz.generation.item.QuestionContent;

/**
 * What a posted form changes in an attempt: the new responses by question id (checked answers and unchanged ones
 * left out), and whether every question it answered is one of the attempt's.
 */
record PostedAnswers(Map<Long, List<String>> changed, boolean allKnown) {
    /** questions: the content of the attempt's questions by id; saved: their answer rows as stored. */
    static PostedAnswers of(MultivaluedMap<String, String> form, Map<Long, QuestionContent> questions,
                            Map<Long, SavedAnswer> saved) {
        PostedAnswers posted = all(form, questions, saved.keySet());
        Map<Long, List<String>> changed = new LinkedHashMap<>();
        posted.changed().forEach((id, response) -> {
            SavedAnswer row = saved.get(id);
            if (!row.checked() && !response.equals(row.response())) {
                changed.put(id, response);
            }
        });
        return new PostedAnswers(changed, posted.allKnown());
    }

    /**
     * Every response the form gives to one of the attempt's questions (attemptQuestions, with their content in
     * questions), whether or not it differs from what is stored.
     */
    static PostedAnswers all(MultivaluedMap<String, String> form, Map<Long, QuestionContent> questions,
                             Set<Long> attemptQuestions) {
        Map<Long, List<String>> responses = new LinkedHashMap<>();
        boolean allKnown = true;
        for (long id : AnswerForm.postedQuestions(form)) {
            if (!attemptQuestions.contains(id) || !questions.containsKey(id)) {
                allKnown = false;
            } else {
                responses.put(id, AnswerForm.responseTo(id, questions.get(id), form));
            }
        }
        return new PostedAnswers(responses, allKnown);
    }
}
