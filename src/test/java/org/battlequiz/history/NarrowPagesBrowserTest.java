package org.battlequiz.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.battlequiz.account.User;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.battlequiz.question.Question;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.question.ReviewStatus;
import org.battlequiz.question.SetStatus;
import org.battlequiz.support.Accessibility;
import org.battlequiz.support.ChromiumTest;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * The learner's history, a teacher's class results (with item statistics) and review queue, filled with long titles,
 * long names and long options, fit a 390 px wide screen without sideways scrolling and are axe-clean there.
 */
@QuarkusTest
class NarrowPagesBrowserTest extends ChromiumTest {
    private static final String LONG_TITLE = "The Battle of the Catalaunian Plains between Flavius Aetius, Theodoric I"
            + " and Attila: Feldherrnhügelbeobachtungsstellenverzeichnis";
    private static final String LONG_OPTION = "Oberbefehlshaberstellvertreterstabsquartiermeisterei of the"
            + " Visigothic and Alan confederates";

    @Test
    void historyClassResultsAndReviewQueueFitA390PixelScreen() throws Exception {
        Teachers.Account teacher = Teachers.teacher("narrowteacher");
        HistoryFixtures.Set set = longSet(teacher.username());
        List<HistoryFixtures.Learner> learners = new ArrayList<>();
        Instant start = Instant.now().minus(Duration.ofDays(3));
        for (String name : List.of("Maximiliana_Wolkenstein", "Konstantinopolitanische", "Bartholomew.Featherston")) {
            HistoryFixtures.Learner learner = HistoryFixtures.learner(name);
            learners.add(learner);
            HistoryFixtures.manyAttempts(learner, set, 4, start);
        }
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("update attempt set late = true where set_id = ?1").setParameter(1, set.id())
                .executeUpdate());

        browser.driver.manage().window().setSize(new Dimension(390, 844));
        browser.logIn(root, learners.get(0).username());
        fits("history", "history");
        browser.driver.manage().deleteAllCookies();
        browser.logIn(root, teacher.username());
        fits("class results", "teach/sets/" + set.id() + "/results");
        assertTrue(browser.driver.getPageSource().contains("Facility"), "the item statistics are on the page");
        fits("review queue", "teach/sets/" + set.id() + "/review");
        assertTrue(browser.driver.getPageSource().contains("2 items to review"), "the long items are listed");
    }

    private void fits(String name, String path) throws Exception {
        browser.driver.get(root + path);
        browser.screenshot("narrow-" + name.replace(' ', '-'));
        Accessibility.assertNoSidewaysScroll(browser.driver, name + " at 390 px");
        List<String> violations = Accessibility.blockingViolations(browser.driver, name + " at 390 px");
        assertEquals(List.of(), violations);
    }

    private static HistoryFixtures.Set longSet(String owner) {
        return QuarkusTransaction.requiringNew().call(() -> {
            QuestionSet set = new QuestionSet();
            set.title = LONG_TITLE;
            set.status = SetStatus.PUBLISHED;
            set.owner = User.findByUsername(owner).orElseThrow();
            set.persist();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Question question = Question.of(set, i, new QuestionContent(QuestionType.SINGLE_CHOICE,
                        "Which Oberbefehlshaberstellvertreterstabsquartiermeisterei commanded the right wing at the"
                                + " Catalaunian Plains in the year 451, question " + i + "?", List.of(),
                        List.of(LONG_OPTION, "Attila_the_Hun_and_his_Ostrogothic_and_Gepid_subject_peoples", "Nobody"),
                        List.of(LONG_OPTION), null, null, "Quoted line " + i + ": " + LONG_OPTION, "commander",
                        null, "fixture"));
                question.reviewStatus = i < 2 ? ReviewStatus.ACCEPTED : ReviewStatus.PENDING;
                question.persist();
                ids.add(question.id);
            }
            return new HistoryFixtures.Set(set.id, ids);
        });
    }
}
