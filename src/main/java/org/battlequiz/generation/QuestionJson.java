package org.battlequiz.generation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.battlequiz.generation.item.QuestionContent;

/**
 * One item in the shape of POST /api/questions: type, prompt, options, answer, source (plus added fields).
 * For choice types answer is exactly one of options; for numeric items it is the number.
 */
public final class QuestionJson {
    private QuestionJson() {
    }

    public static Map<String, Object> toJson(QuestionContent question) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", question.type().apiName());
        json.put("prompt", question.prompt());
        json.put("options", question.options());
        json.put("answer", answer(question));
        json.put("source", question.source());
        if (!question.stems().isEmpty()) {
            json.put("stems", question.stems());
        }
        if (question.tolerance() != null) {
            json.put("tolerance", number(question.tolerance()));
        }
        json.put("explanation", question.explanation());
        json.put("difficulty", question.difficulty());
        json.put("factKind", question.factKind());
        json.put("generatorVersion", question.generatorVersion());
        return json;
    }

    private static Object answer(QuestionContent q) {
        List<String> keys = q.keys();
        return switch (q.type()) {
            case SINGLE_CHOICE, TRUE_FALSE, CLOZE -> keys.isEmpty() ? null : keys.get(0);
            case NUMERIC, DATE -> keys.isEmpty() ? null : number(Double.parseDouble(keys.get(0)));
            case MULTIPLE_SELECT, ORDERING -> keys;
            case MATCHING -> pairs(q);
        };
    }

    private static List<Map<String, String>> pairs(QuestionContent q) {
        List<Map<String, String>> pairs = new ArrayList<>();
        for (int i = 0; i < q.stems().size() && i < q.keys().size(); i++) {
            Map<String, String> pair = new LinkedHashMap<>();
            pair.put("stem", q.stems().get(i));
            pair.put("answer", q.keys().get(i));
            pairs.add(pair);
        }
        return pairs;
    }

    /** A Long when integral, else the Double. */
    static Number number(double value) {
        return value == Math.rint(value) && !Double.isInfinite(value) ? (Number) (long) value : (Number) value;
    }
}
