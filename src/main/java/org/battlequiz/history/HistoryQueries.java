package org.battlequiz.history;

/**
 * The history page's SQL: each one query per page view, reading one learner's running totals (kept when an attempt
 * closes) and latest attempts through their indexes, so the page costs the same after a thousand attempts as after
 * three. Practice attempts (retries of wrong questions) are never part of the history.
 */
final class HistoryQueries {
    static final String TOTALS = """
            select coalesce(sum(finished), 0)
                   + (select count(*) from attempt where user_id = :user and state = 'IN_PROGRESS' and not practice),
                   coalesce(sum(finished), 0)
            from learner_set_progress where user_id = :user""";

    static final String BEST_AND_LAST = """
            select s.id, s.title, s.status, p.scored, p.best, p.last, p.last_at
            from learner_set_progress p
            join question_set s on s.id = p.set_id
            where p.user_id = :user and p.scored > 0
            order by p.last_at desc, s.id""";

    /** The chart shows a learner's latest scores: enough to see a trend, never a page that grows without end. */
    static final int CHART_LIMIT = 200;

    static final String CHART_POINTS = """
            select a.submitted_at, 100 * a.score / a.max_score, s.title
            from attempt a join question_set s on s.id = a.set_id
            where a.user_id = :user and a.state <> 'IN_PROGRESS' and a.max_score > 0 and not a.practice
            order by a.submitted_at desc, a.id desc
            limit %d""".formatted(CHART_LIMIT);

    static final String MASTERY = """
            select nullif(fact_kind, ''), answered, credit
            from learner_mastery
            where user_id = :user""";

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
