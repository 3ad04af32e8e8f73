package org.battlequiz.quiz;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.battlequiz.question.Question;
import org.hibernate.query.NativeQuery;

/**
 * Adds a closed attempt to its learner's running totals, which the history page reads instead of every attempt:
 * answers and credit per fact kind, and finished attempts with the best and last score per set.
 */
final class HistoryTally {
    private static final String SET_PROGRESS = """
            insert into learner_set_progress as p (user_id, set_id, finished, scored, best, last, last_at)
            values (?1, ?2, 1, ?3, ?4, ?4, ?5)
            on conflict (user_id, set_id) do update set
                finished = p.finished + 1,
                scored = p.scored + excluded.scored,
                best = greatest(p.best, excluded.best),
                last = case when excluded.last_at is null or p.last_at > excluded.last_at then p.last else excluded.last end,
                last_at = greatest(p.last_at, excluded.last_at)""";

    private HistoryTally() {
    }

    static void add(Attempt attempt, List<Question> questions, Map<Long, AttemptAnswer> rows) {
        if (attempt.practice) {
            return;
        }
        EntityManager em = Attempt.getEntityManager();
        boolean scored = attempt.maxScore != null && attempt.maxScore > 0;
        Double percent = scored ? 100 * attempt.score / attempt.maxScore : null;
        em.createNativeQuery(SET_PROGRESS).unwrap(NativeQuery.class)
                .setParameter(1, attempt.user.id).setParameter(2, attempt.questionSet.id)
                .setParameter(3, scored ? 1L : 0L).setParameter(4, percent, Double.class)
                .setParameter(5, scored ? attempt.submittedAt : null, Instant.class).executeUpdate();
        if (!questions.isEmpty()) {
            addMastery(em, attempt, questions, rows);
        }
    }

    private static void addMastery(EntityManager em, Attempt attempt, List<Question> questions,
                                   Map<Long, AttemptAnswer> rows) {
        Map<String, double[]> perKind = new TreeMap<>();
        for (Question question : questions) {
            AttemptAnswer row = rows.get(question.id);
            double[] tally = perKind.computeIfAbsent(question.factKind == null ? "" : question.factKind, k -> new double[2]);
            tally[0]++;
            tally[1] += row == null || row.fraction == null ? 0 : row.fraction;
        }
        StringBuilder sql = new StringBuilder("insert into learner_mastery (user_id, fact_kind, answered, credit) values ");
        for (int i = 0, p = 1; i < perKind.size(); i++, p += 3) {
            sql.append(i == 0 ? "" : ", ").append("(?1, ?").append(p + 1).append(", ?").append(p + 2)
                    .append(", ?").append(p + 3).append(")");
        }
        sql.append(" on conflict (user_id, fact_kind) do update set answered = learner_mastery.answered + excluded.answered,"
                + " credit = learner_mastery.credit + excluded.credit");
        Query query = em.createNativeQuery(sql.toString()).setParameter(1, attempt.user.id);
        int p = 2;
        for (Map.Entry<String, double[]> kind : perKind.entrySet()) {
            query.setParameter(p++, kind.getKey()).setParameter(p++, (long) kind.getValue()[0])
                    .setParameter(p++, kind.getValue()[1]);
        }
        query.executeUpdate();
    }
}
