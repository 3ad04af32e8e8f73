package org.battlequiz.history;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.hibernate.orm.panache.Panache;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.battlequiz.account.User;
import org.battlequiz.question.Question;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.generation.item.QuestionType;
import org.battlequiz.question.SetStatus;
import org.battlequiz.support.BrowserSession;

/** Learners, sets with one item per fact kind, and attempts written straight to the tables with chosen times. */
final class HistoryFixtures {
    record Learner(long id, String username, BrowserSession session) {
    }

    record Set(long id, List<Long> questionIds) {
    }

    private HistoryFixtures() {
    }

    static Learner learner(String prefix) {
        String username = BrowserSession.uniqueName(prefix);
        BrowserSession session = new BrowserSession();
        session.register(username, BrowserSession.PASSWORD, "learner").then().statusCode(303);
        session.login(username, BrowserSession.PASSWORD).then().statusCode(302);
        long id = QuarkusTransaction.requiringNew().call(() -> User.findByUsername(username).orElseThrow().id);
        return new Learner(id, username, session);
    }

    /** A published set with one single-choice item per given fact kind, in that order. */
    static Set set(String title, String... factKinds) {
        return QuarkusTransaction.requiringNew().call(() -> {
            QuestionSet set = new QuestionSet();
            set.title = title;
            set.status = SetStatus.PUBLISHED;
            set.persist();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < factKinds.length; i++) {
                Question question = Question.of(set, i, new QuestionContent(QuestionType.SINGLE_CHOICE,
                        "Question " + i + " about a " + factKinds[i] + "?", List.of(), List.of("Yes", "No"),
                        List.of("Yes"), null, null, "Quoted line " + i, factKinds[i], null, "fixture"));
                question.persist();
                ids.add(question.id);
            }
            return new Set(set.id, ids);
        });
    }

    static long attempt(Learner learner, Set set, String state, Instant started, Instant submitted, Double score,
                        Double maxScore) {
        return QuarkusTransaction.requiringNew().call(() -> {
            long id = ((Number) Panache.getEntityManager().createNativeQuery("""
                        insert into attempt (user_id, set_id, state, started_at, submitted_at, score, max_score)
                        values (:user, :set, :state, :started, :submitted, :score, :max) returning id""")
                .setParameter("user", learner.id()).setParameter("set", set.id()).setParameter("state", state)
                .setParameter("started", started).setParameter("submitted", submitted)
                .setParameter("score", score).setParameter("max", maxScore)
                .getSingleResult()).longValue();
            recount(id);
            return id;
        });
    }

    static void answers(long attemptId, Set set, double... fractions) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < fractions.length; i++) {
                Panache.getEntityManager().createNativeQuery("""
                                insert into attempt_answer (attempt_id, question_id, response, fraction)
                                values (:attempt, :question, '["Yes"]'::jsonb, :fraction)""")
                        .setParameter("attempt", attemptId).setParameter("question", set.questionIds().get(i))
                        .setParameter("fraction", fractions[i]).executeUpdate();
            }
            recount(attemptId);
        });
    }

    /** Attempts and answers seeded here bypass the submit that keeps the learner's running totals: add them up again. */
    private static void recount(long attemptId) {
        Panache.getEntityManager().createNativeQuery(
                        "delete from learner_mastery where user_id = (select user_id from attempt where id = :attempt)")
                .setParameter("attempt", attemptId).executeUpdate();
        Panache.getEntityManager().createNativeQuery("""
                        insert into learner_mastery (user_id, fact_kind, answered, credit)
                        select a.user_id, coalesce(q.fact_kind, ''), count(*), sum(coalesce(aa.fraction, 0))
                        from attempt a
                        join attempt_answer aa on aa.attempt_id = a.id
                        join question q on q.id = aa.question_id
                        where a.user_id = (select user_id from attempt where id = :attempt)
                          and a.state <> 'IN_PROGRESS' and not a.practice
                        group by a.user_id, coalesce(q.fact_kind, '')""")
                .setParameter("attempt", attemptId).executeUpdate();
        Panache.getEntityManager().createNativeQuery(
                        "delete from learner_set_progress where user_id = (select user_id from attempt where id = :attempt)")
                .setParameter("attempt", attemptId).executeUpdate();
        Panache.getEntityManager().createNativeQuery("""
                        insert into learner_set_progress (user_id, set_id, finished, scored, best, last, last_at)
                        select user_id, set_id, count(*), count(*) filter (where max_score > 0),
                               max(100 * score / max_score) filter (where max_score > 0),
                               (array_agg(100 * score / max_score order by submitted_at desc, id desc)
                                   filter (where max_score > 0))[1],
                               max(submitted_at) filter (where max_score > 0)
                        from attempt
                        where user_id = (select user_id from attempt where id = :attempt)
                          and state <> 'IN_PROGRESS' and not practice
                        group by user_id, set_id""")
                .setParameter("attempt", attemptId).executeUpdate();
    }

    /** {@code count} submitted attempts of the set, one a minute after {@code first}, each answering every item. */
    static void manyAttempts(Learner learner, Set set, int count, Instant first) {
        manyAttempts(learner, set, count, first, Duration.ofMinutes(1));
    }

    static void manyAttempts(Learner learner, Set set, int count, Instant first, Duration spacing) {
        QuarkusTransaction.requiringNew().run(() -> {
            Panache.getEntityManager().createNativeQuery("""
                            insert into attempt (user_id, set_id, state, started_at, submitted_at, score, max_score)
                            select :user, :set, 'SUBMITTED', cast(:first as timestamptz) + n * :spacing * interval '1 second',
                                   cast(:first as timestamptz) + n * :spacing * interval '1 second' + interval '30 seconds',
                                   n % 5, 4
                            from generate_series(1, :count) n""")
                    .setParameter("user", learner.id()).setParameter("set", set.id())
                    .setParameter("first", first).setParameter("count", count)
                    .setParameter("spacing", spacing.toSeconds()).executeUpdate();
            Panache.getEntityManager().createNativeQuery("""
                            insert into attempt_answer (attempt_id, question_id, response, fraction)
                            select a.id, q.id, '[]'::jsonb, (a.id + q.id) % 2
                            from attempt a join question q on q.set_id = a.set_id
                            where a.user_id = :user and a.set_id = :set""")
                    .setParameter("user", learner.id()).setParameter("set", set.id()).executeUpdate();
            Panache.getEntityManager().createNativeQuery(
                            "select id from attempt where user_id = :user order by id desc limit 1")
                    .setParameter("user", learner.id()).getResultStream().findFirst()
                    .ifPresent(id -> recount(((Number) id).longValue()));
        });
    }
}
