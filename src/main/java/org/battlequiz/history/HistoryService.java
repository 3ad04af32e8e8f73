package org.battlequiz.history;

import java.time.ZoneId;
import org.battlequiz.account.ViewerZone;
import io.quarkus.qute.RawString;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.battlequiz.account.User;
import org.battlequiz.question.SetStatus;

/** Reads one learner's history in a fixed number of queries, however long that history is. */
@ApplicationScoped
public class HistoryService {
    public static final int PAGE_SIZE = 50;
    static final String CHART_TITLE = "Your scores over time";
    private static final int LAST_PAGE = Integer.MAX_VALUE / PAGE_SIZE;

    @Inject
    EntityManager em;

    @Transactional
    public HistoryPage page(String username, int requestedPage) {
        long user = User.findByUsername(username).orElseThrow().id;
        int page = Math.max(1, Math.min(LAST_PAGE, requestedPage));
        List<HistoryRow> rows = attempts(user, page);
        Object[] totals = (Object[]) query(HistoryQueries.TOTALS, user).getSingleResult();
        ZoneId zone = ViewerZone.current();
        List<ScorePoint> points = new ArrayList<>(rows(HistoryQueries.CHART_POINTS, user).stream()
                .map(r -> new ScorePoint(instant(r[0]), number(r[1]).doubleValue(), (String) r[2])).toList());
        Collections.reverse(points);
        String chartTitle = points.size() < HistoryQueries.CHART_LIMIT ? CHART_TITLE
                : "Your last " + HistoryQueries.CHART_LIMIT + " scores";
        return new HistoryPage(rows.subList(0, Math.min(PAGE_SIZE, rows.size())), page, rows.size() > PAGE_SIZE,
                number(totals[0]).longValue(), number(totals[1]).longValue(), bestAndLast(user), mastery(user),
                new RawString(ScoreChartSvg.render(points, chartTitle, zone)), ChartSummary.describe(points, zone),
                liveGames(user));
    }

    private List<HistoryRow> attempts(long user, int page) {
        return em.createQuery("""
                select new org.battlequiz.history.HistoryRow(a.id, s.id, s.title, s.status, a.startedAt, a.submittedAt,
                    a.state, a.score, a.maxScore)
                from Attempt a join a.questionSet s
                where a.user.id = :user and a.practice = false
                order by a.startedAt desc, a.id desc""", HistoryRow.class)
                .setParameter("user", user)
                .setFirstResult((page - 1) * PAGE_SIZE)
                .setMaxResults(PAGE_SIZE + 1)
                .getResultList();
    }

    private List<SetScores> bestAndLast(long user) {
        return rows(HistoryQueries.BEST_AND_LAST, user).stream()
                .map(r -> new SetScores(number(r[0]).longValue(), (String) r[1], SetStatus.valueOf((String) r[2]),
                        number(r[3]).longValue(), number(r[4]).doubleValue(), number(r[5]).doubleValue(),
                        instant(r[6])))
                .toList();
    }

    private List<LiveGameRow> liveGames(long user) {
        return rows(HistoryQueries.LIVE_GAMES, user).stream()
                .map(r -> new LiveGameRow(number(r[0]).longValue(), (String) r[1], instant(r[2]), (String) r[3],
                        number(r[4]).longValue(), number(r[5]).longValue(), number(r[6]).longValue()))
                .toList();
    }

    private List<FactKindMastery> mastery(long user) {
        return ScoreHistory.mastery(rows(HistoryQueries.MASTERY, user).stream()
                .map(r -> new FactKindMastery((String) r[0], number(r[1]).longValue(), number(r[2]).doubleValue()))
                .toList());
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long user) {
        return query(sql, user).getResultList();
    }

    private Query query(String sql, long user) {
        return em.createNativeQuery(sql).setParameter("user", user);
    }

    private static Number number(Object value) {
        return (Number) value;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
