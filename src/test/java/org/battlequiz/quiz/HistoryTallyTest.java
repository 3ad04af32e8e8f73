package org.battlequiz.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.QuizFixtures;
import org.junit.jupiter.api.Test;

/** The running totals the history page reads equal the learner's graded answers, added up at submit. */
@QuarkusTest
class HistoryTallyTest {
    private static final Map<String, Object> ALL_ON_ONE_PAGE = Map.of("layout", "ALL_ON_ONE_PAGE");

    @Test
    void submittingAddsEachGradedAnswerToItsFactKindAndPracticeAddsNothing() {
        BrowserSession learner = BrowserSession.learner("tally");
        long setId = QuizFixtures.publishedSetWithOptions("Tally quiz " + System.nanoTime(), ALL_ON_ONE_PAGE);
        List<Long> ids = QuizFixtures.questionIds(setId);
        long user = userOf(QuizAttempts.start(learner, setId));
        assertEquals(Map.of(), tally(user), "nothing counted before a submit");

        Map<String, Object> mostlyRight = QuizAttempts.rightAnswers(ids);
        mostlyRight.put("q" + ids.get(3), "5000");
        long first = QuizAttempts.start(learner, setId);
        learner.postForm("/attempts/" + first + "/submit", mostlyRight).then().statusCode(303);
        Map<String, List<Number>> afterOne = tally(user);
        assertFalse(afterOne.isEmpty());
        assertEquals(recount(user), afterOne);
        assertEquals(recountProgress(user), progress(user));
        assertEquals(1, progress(user).size());
        assertEquals(ids.size(), afterOne.values().stream().mapToLong(v -> v.get(0).longValue()).sum());

        learner.postForm("/attempts/" + first + "/submit", mostlyRight).then().statusCode(303);
        assertEquals(afterOne, tally(user), "a second submit of the same attempt counts nothing twice");

        learner.postForm("/attempts/" + first + "/retry", Map.of()).then().statusCode(303);
        long practice = QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt>find("retryOf.id", first)
                .firstResult().id);
        learner.postForm("/attempts/" + practice + "/submit", QuizAttempts.rightAnswers(ids)).then().statusCode(303);
        assertEquals(afterOne, tally(user), "a practice attempt leaves the totals alone");
        assertEquals(recountProgress(user), progress(user));

        long second = QuizAttempts.start(learner, setId);
        learner.postForm("/attempts/" + second + "/submit", QuizAttempts.rightAnswers(ids)).then().statusCode(303);
        assertEquals(recount(user), tally(user));
        assertEquals(recountProgress(user), progress(user));
        assertEquals(List.of("2", "2", "100", "100"), progress(user).values().iterator().next().subList(0, 4));
        assertEquals(2L * ids.size(), tally(user).values().stream().mapToLong(v -> v.get(0).longValue()).sum());
    }

    private static long userOf(long attempt) {
        return QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt>findById(attempt).user.id);
    }

    private static Map<String, List<Number>> tally(long user) {
        return rows("select fact_kind, answered, credit from learner_mastery where user_id = :user", user);
    }

    /** The totals as the answers themselves give them. */
    private static Map<String, List<Number>> recount(long user) {
        return rows("""
                select coalesce(q.fact_kind, ''), count(*), sum(coalesce(aa.fraction, 0))
                from attempt a join attempt_answer aa on aa.attempt_id = a.id join question q on q.id = aa.question_id
                where a.user_id = :user and a.state <> 'IN_PROGRESS' and not a.practice
                group by coalesce(q.fact_kind, '')""", user);
    }

    private static Map<String, List<String>> progress(long user) {
        return textRows("""
                select set_id, finished, scored, round(best::numeric, 6), round(last::numeric, 6), last_at
                from learner_set_progress where user_id = :user""", user);
    }

    /** The per-set totals as the attempts themselves give them. */
    private static Map<String, List<String>> recountProgress(long user) {
        return textRows("""
                select set_id, count(*), count(*) filter (where max_score > 0),
                       round(max(100 * score / max_score)::numeric, 6),
                       round(((array_agg(100 * score / max_score order by submitted_at desc, id desc))[1])::numeric, 6),
                       max(submitted_at)
                from attempt where user_id = :user and state <> 'IN_PROGRESS' and not practice
                group by set_id""", user);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> textRows(String sql, long user) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, List<String>> out = new TreeMap<>();
            for (Object[] r : (List<Object[]>) Panache.getEntityManager().createNativeQuery(sql)
                    .setParameter("user", user).getResultList()) {
                out.put(String.valueOf(r[0]), java.util.Arrays.stream(r).skip(1).map(v -> v == null ? null
                        : v instanceof java.math.BigDecimal d ? d.stripTrailingZeros().toPlainString() : v.toString()).toList());
            }
            return out;
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<Number>> rows(String sql, long user) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, List<Number>> out = new TreeMap<>();
            for (Object[] r : (List<Object[]>) Panache.getEntityManager().createNativeQuery(sql)
                    .setParameter("user", user).getResultList()) {
                out.put((String) r[0], List.of(((Number) r[1]).longValue(), ((Number) r[2]).doubleValue()));
            }
            return out;
        });
    }
}
