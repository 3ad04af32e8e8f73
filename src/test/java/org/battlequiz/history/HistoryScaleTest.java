package org.battlequiz.history;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.battlequiz.history.HistoryFixtures.Learner;
import org.battlequiz.history.HistoryFixtures.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 10,000 attempts of one learner among 100,000: the page runs as many statements as for 3, each through an index,
 * reading the running totals a submit keeps rather than every attempt.
 */
@QuarkusTest
class HistoryScaleTest {
    private static final int LARGE = 10_000;
    private static final Pattern SEQ_SCAN_ON_ATTEMPT = Pattern.compile("Seq Scan on attempt\\b");
    private static final String PAGE_SQL = """
            select a.id, s.id, s.title, s.status, a.started_at, a.submitted_at, a.state, a.score, a.max_score
            from attempt a join question_set s on s.id = a.set_id
            where a.user_id = :user order by a.started_at desc, a.id desc limit 51 offset 0""";

    @Inject
    EntityManagerFactory emf;

    @Inject
    DataSource dataSource;

    private Learner large;
    private Learner small;
    private Set crowdSet;

    @BeforeEach
    void seed() throws SQLException {
        Instant start = Instant.parse("2023-01-01T08:00:00Z");
        large = HistoryFixtures.learner("heavy");
        small = HistoryFixtures.learner("light");
        Set set = HistoryFixtures.set("Scale quiz " + System.nanoTime(), "date", "commander", "strength");
        HistoryFixtures.manyAttempts(large, set, LARGE, start);
        HistoryFixtures.manyAttempts(small, set, 3, start);
        crowdSet = HistoryFixtures.set("Crowd quiz " + System.nanoTime(), "outcome");
        QuarkusTransaction.requiringNew().run(() -> {
            var em = Panache.getEntityManager();
            em.createNativeQuery("""
                    insert into app_user (username, password_hash, role)
                    select 'crowd' || :tag || '_' || n, 'not-a-hash', 'learner' from generate_series(1, 300) n""")
                    .setParameter("tag", Long.toString(System.nanoTime(), 36)).executeUpdate();
            em.createNativeQuery("""
                    insert into attempt (user_id, set_id, state, started_at, submitted_at, score, max_score)
                    select u.id, :set, 'SUBMITTED', now() - n * interval '1 hour', now() - n * interval '1 hour', 1, 1
                    from app_user u cross join generate_series(1, 300) n where u.password_hash = 'not-a-hash'""")
                    .setParameter("set", crowdSet.id()).executeUpdate();
            em.createNativeQuery("""
                    insert into attempt_answer (attempt_id, question_id, response, fraction)
                    select a.id, :question, '[]'::jsonb, 1 from attempt a where a.set_id = :set""")
                    .setParameter("question", crowdSet.questionIds().get(0)).setParameter("set", crowdSet.id())
                    .executeUpdate();
        });
        vacuumAnalyze();
    }

    /** What autovacuum does for a production table: fresh statistics and a visibility map. */
    private void vacuumAnalyze() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("vacuum analyze attempt, attempt_answer, question, question_set");
        }
    }

    @AfterEach
    void removeCrowd() {
        QuarkusTransaction.requiringNew().run(() -> {
            var em = Panache.getEntityManager();
            em.createNativeQuery("delete from attempt where set_id = :set or user_id = :large")
                    .setParameter("set", crowdSet.id()).setParameter("large", large.id()).executeUpdate();
            em.createNativeQuery("delete from app_user where password_hash = 'not-a-hash'").executeUpdate();
        });
    }

    @Test
    void theHistoryPageRunsAFixedNumberOfStatementsWhateverTheHistorySize() {
        long forSmall = statementsFor(small, "3 attempts, 3 finished.", "Your scores over time");
        long forLarge = statementsFor(large, "10000 attempts, 10000 finished.",
                "Your last " + HistoryQueries.CHART_LIMIT + " scores");
        System.out.printf("history page: %d statements for 3 attempts, %d for %d%n", forSmall, forLarge, LARGE);
        assertEquals(forSmall, forLarge, "statements for 3 attempts vs for " + LARGE);
        // the page's own statements, plus the server-side session check every authenticated request makes
        assertTrue(forLarge <= 9, "statements per page view: " + forLarge);
    }

    /** Attempts through the page's index (user, started) or V50's (user, submitted); running totals by learner. */
    @Test
    void everyPerLearnerQueryReadsThroughAnIndex() {
        for (String sql : List.of(PAGE_SQL, HistoryQueries.TOTALS, HistoryQueries.BEST_AND_LAST,
                HistoryQueries.CHART_POINTS, HistoryQueries.MASTERY)) {
            String plan = explain(sql.replace(":user", Long.toString(large.id())));
            assertFalse(SEQ_SCAN_ON_ATTEMPT.matcher(plan).find(), plan);
            assertTrue(plan.contains("attempt_history") || plan.contains("learner_"), plan);
        }
    }

    private long statementsFor(Learner learner, String expected, String chartTitle) {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        String page = learner.session().get("/history").then().statusCode(200)
                .body(containsString(expected))
                .body(containsString("Showing 1 to "))
                .extract().asString();
        assertTrue(page.contains("-title\">" + chartTitle + "</title>"), chartTitle);
        return statistics.getPrepareStatementCount();
    }

    @SuppressWarnings("unchecked")
    private static String explain(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> String.join("\n",
                (List<String>) Panache.getEntityManager().createNativeQuery("explain " + sql).getResultList()));
    }
}
