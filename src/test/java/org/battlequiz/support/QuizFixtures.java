package org.battlequiz.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.battlequiz.question.Question;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.generation.item.QuestionType;
import org.battlequiz.question.SetStatus;

/** A published set holding one item of every type, with invented content, stored through the entities. */
public final class QuizFixtures {
    public static final List<QuestionContent> EVERY_TYPE = List.of(
            item(QuestionType.SINGLE_CHOICE, "Who won the battle at the ford?", List.of(),
                    List.of("The river league", "The hill clans", "Nobody"), List.of("The hill clans"), null),
            item(QuestionType.TRUE_FALSE, "The battle at the ford lasted two days.", List.of(),
                    List.of("True", "False"), List.of("False"), null),
            item(QuestionType.MULTIPLE_SELECT, "Which sides fought at the ford?", List.of(),
                    List.of("The river league", "The hill clans", "The sea kings"),
                    List.of("The river league", "The hill clans"), null),
            item(QuestionType.NUMERIC, "How many soldiers did the hill clans field?", List.of(), List.of(),
                    List.of("1900"), 100.0),
            item(QuestionType.DATE, "In which year was the battle at the ford?", List.of(), List.of(),
                    List.of("-279"), null),
            item(QuestionType.MATCHING, "Match each commander with their side.", List.of("Arven", "Brisa"),
                    List.of("The river league", "The hill clans"), List.of("The hill clans", "The river league"),
                    null),
            item(QuestionType.ORDERING, "Put the events in order.", List.of(),
                    List.of("The retreat", "The crossing", "The charge"),
                    List.of("The crossing", "The charge", "The retreat"), null),
            item(QuestionType.CLOZE, "The battle was fought at the ford of ____.", List.of(), List.of(),
                    List.of("Peñaflor", "Penaflor"), null));

    private QuizFixtures() {
    }

    /** @return the id of a new published set with {@link #EVERY_TYPE}, titled with the given title */
    public static long publishedSetWithEveryType(String title) {
        return publishedSet(title, EVERY_TYPE);
    }

    /** @return the id of a new published set holding the given items in order */
    public static long publishedSet(String title, List<QuestionContent> items) {
        return QuarkusTransaction.requiringNew().call(() -> {
            QuestionSet set = new QuestionSet();
            set.title = title;
            set.description = "Invented questions, for tests.";
            set.status = SetStatus.PUBLISHED;
            set.persist();
            for (int i = 0; i < items.size(); i++) {
                Question.of(set, i, items.get(i)).persist();
            }
            return set.id;
        });
    }

    /** @return the id of a new published set with {@link #EVERY_TYPE} and the given stored options */
    public static long publishedSetWithOptions(String title, Map<String, Object> options) {
        return publishedSetWithOptions(title, EVERY_TYPE, options);
    }

    /** @return the id of a new published set holding the given items in order, with the given stored options */
    public static long publishedSetWithOptions(String title, List<QuestionContent> items, Map<String, Object> options) {
        long setId = publishedSet(title, items);
        QuarkusTransaction.requiringNew().run(() -> QuestionSet.<QuestionSet>findById(setId).options =
                new HashMap<>(options));
        return setId;
    }

    /** Question ids of a set in position order. */
    public static List<Long> questionIds(long setId) {
        return QuarkusTransaction.requiringNew().call(() -> Question.<Question>list(
                "questionSet.id = ?1 order by position", setId).stream().map(q -> q.id).toList());
    }

    private static QuestionContent item(QuestionType type, String prompt, List<String> stems, List<String> options,
                                        List<String> keys, Double tolerance) {
        return new QuestionContent(type, prompt, stems, options, keys, tolerance, null,
                "Quoted line for: " + prompt, "test", null, "fixture");
    }
}
