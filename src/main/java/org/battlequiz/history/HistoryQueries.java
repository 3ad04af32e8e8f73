package org.battlequiz.history;

/**
 * The history page's SQL: each one query per page view, reading one learner's rows through their indexes. Practice
 * attempts (retries of wrong questions) are never part of the history.
 */
final class HistoryQueries {
    static final String TOTALS = """
            select count(*), count(*) filter (where state <> 'IN_PROGRESS')
            from attempt where user_id = :user and not practice""";

    static final String BEST_AND_LAST = """
            select s.id, s.title, s.status, f.attempts, f.best, f.last, f.last_at
            from (select set_id, count(*) as attempts, max(100 * score / max_score) as best,
                         (array_agg(100 * score / max_score order by submitted_at desc, id desc))[1] as last,
                         max(submitted_at) as last_at
                  from attempt
                  where user_id = :user and state <> 'IN_PROGRESS' and max_score > 0 and not practice
                  group by set_id) f
            join question_set s on s.id = f.set_id
            order by f.last_at desc, s.id""";

    static final String CHART_POINTS = """
            select a.submitted_at, 100 * a.score / a.max_score, s.title
            from attempt a join question_set s on s.id = a.set_id
            where a.user_id = :user and a.state <> 'IN_PROGRESS' and a.max_score > 0 and not a.practice
            order by a.submitted_at, a.id""";

    static final String MASTERY = """
            select q.fact_kind, count(*), sum(coalesce(aa.fraction, 0))
            from attempt a
            join attempt_answer aa on aa.attempt_id = a.id
            join question q on q.id = aa.question_id
            where a.user_id = :user and a.state <> 'IN_PROGRESS' and not a.practice
            group by q.fact_kind""";

    static final String LIVE_GAMES = """
            select g.id, s.title, g.ended_at, p.nickname, p.score,
                   (select count(*) + 1 from game_player o where o.game_id = g.id and not o.removed and o.score > p.score),
                   (select count(*) from game_player o where o.game_id = g.id and not o.removed)
            from game_player p
            join game g on g.id = p.game_id
            join question_set s on s.id = g.set_id
            where p.user_id = :user and not p.removed and g.state = 'ENDED'
            order by g.ended_at desc, g.id desc
            limit 50""";

    private HistoryQueries() {
    }
}
