package org.battlequiz.history;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.battlequiz.history.HistoryFixtures.Learner;
import org.battlequiz.history.HistoryFixtures.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HistoryPageTest {
    private static final Instant MAY_3 = Instant.parse("2024-05-03T09:00:00Z");

    private static String tableRow(String html, String tableClass, String title) {
        String table = html.substring(html.indexOf("class=\"history " + tableClass));
        Matcher row = Pattern.compile("<tr>\\s*<th scope=\"row\">(?:<a[^>]*>)?" + Pattern.quote(title) + ".*?</tr>",
                Pattern.DOTALL).matcher(table);
        return row.find() ? row.group() : "";
    }

    @Test
    void showsDurationStatesBestAndLastChartAndMastery() {
        Learner learner = HistoryFixtures.learner("historian");
        String ford = "Ford quiz " + System.nanoTime();
        String hill = "Hill quiz " + System.nanoTime();
        Set fordSet = HistoryFixtures.set(ford, "date", "duration", "commander", "commander-sides");
        Set hillSet = HistoryFixtures.set(hill, "strength", "outcome");
        long first = HistoryFixtures.attempt(learner, fordSet, "SUBMITTED", MAY_3, MAY_3.plusSeconds(425), 2.0, 4.0);
        HistoryFixtures.answers(first, fordSet, 1, 1, 0, 0);
        long best = HistoryFixtures.attempt(learner, fordSet, "SUBMITTED", MAY_3.plus(Duration.ofDays(1)),
                MAY_3.plus(Duration.ofDays(1)).plusSeconds(60), 4.0, 4.0);
        HistoryFixtures.answers(best, fordSet, 1, 1, 1, 1);
        long last = HistoryFixtures.attempt(learner, fordSet, "SUBMITTED", MAY_3.plus(Duration.ofDays(2)),
                MAY_3.plus(Duration.ofDays(2)).plus(Duration.ofHours(1)).plusSeconds(600), 3.0, 4.0);
        HistoryFixtures.answers(last, fordSet, 1, 1, 0.5, 0.5);
        long overdue = HistoryFixtures.attempt(learner, hillSet, "OVERDUE", MAY_3.plus(Duration.ofDays(3)),
                MAY_3.plus(Duration.ofDays(3)).plusSeconds(45), 1.0, 2.0);
        HistoryFixtures.answers(overdue, hillSet, 0, 1);
        long open = HistoryFixtures.attempt(learner, hillSet, "IN_PROGRESS", MAY_3.plus(Duration.ofDays(4)), null,
                null, null);
        HistoryFixtures.answers(open, hillSet, 0, 0);

        String html = learner.session().get("/history").then().statusCode(200)
                .body(containsString("5 attempts, 4 finished."))
                .body(containsString("<time datetime=\"PT7M5S\">7 min 5 s</time>"))
                .body(containsString("<time datetime=\"PT1H10M\">1 h 10 min</time>"))
                .body(containsString("Overdue (auto-submitted)"))
                .body(containsString("<a href=\"/attempts/" + open + "\">Resume"))
                .body(containsString("<a href=\"/attempts/" + overdue + "/result\">Review"))
                .body(matchesPattern("(?s).*<svg [^>]*role=\"img\"[^>]*aria-labelledby=\"[^\"]+\".*"))
                .body(containsString("-title\">Your scores over time</title>"))
                .body(matchesPattern("(?s).*<desc id=\"[^\"]+\">4 attempts from 3 May 2024 to 6 May 2024; "
                        + "last 50%, best 100%, average 69%\\.</desc>.*"))
                .body(containsString("<figcaption>4 attempts from 3 May 2024 to 6 May 2024"))
                .extract().asString();

        String fordRow = tableRow(html, "compact set-scores", ford);
        assertEquals(true, fordRow.contains("<td>3</td>"), fordRow);
        assertEquals(true, fordRow.contains("<td class=\"best\">100%</td>"), fordRow);
        assertEquals(true, fordRow.contains("<td class=\"last\">75%</td>"), fordRow);
        String hillRow = tableRow(html, "compact set-scores", hill);
        assertEquals(true, hillRow.contains("<td>1</td>") && hillRow.contains("<td class=\"last\">50%</td>"), hillRow);

        // dates: 6 of 6 right; commanders: 0 + 2 + 1 of 6; strengths 0 of 1; outcomes 1 of 1 (the open attempt counts not)
        assertEquals(true, html.matches("(?s).*<meter id=\"mastery-date\"[^>]*value=\"100\">.*"), "dates");
        assertEquals(true, html.matches("(?s).*<meter id=\"mastery-commander\"[^>]*value=\"50\">.*"), "commanders");
        assertEquals(true, html.matches("(?s).*<meter id=\"mastery-strength\"[^>]*value=\"0\">.*"), "strengths");
        assertEquals(true, html.matches("(?s).*<label for=\"mastery-outcome\">Outcomes</label>.*"), "outcomes");
        assertEquals(true, html.indexOf("mastery-strength") < html.indexOf("mastery-commander")
                && html.indexOf("mastery-commander") < html.indexOf("mastery-date"), "weakest first");
    }

    @Test
    void aLearnerSeesOnlyTheirOwnHistory() {
        Learner owner = HistoryFixtures.learner("owner");
        String title = "Private quiz " + System.nanoTime();
        Set set = HistoryFixtures.set(title, "date");
        HistoryFixtures.attempt(owner, set, "SUBMITTED", MAY_3, MAY_3.plusSeconds(30), 1.0, 1.0);
        owner.session().get("/history").then().statusCode(200).body(containsString(title));
        HistoryFixtures.learner("stranger").session().get("/history").then().statusCode(200)
                .body(not(containsString(title)))
                .body(containsString("No attempts yet."));
    }

    @Test
    void theAttemptTableShowsFiftyAtATimeWhileAggregatesCoverAll() {
        Learner learner = HistoryFixtures.learner("pager");
        Set set = HistoryFixtures.set("Paged quiz " + System.nanoTime(), "date", "commander");
        HistoryFixtures.manyAttempts(learner, set, 55, MAY_3);

        String first = learner.session().get("/history").then().statusCode(200)
                .body(containsString("Showing 1 to 50 of 55, newest first."))
                .body(containsString("href=\"/history?page=2\" rel=\"next\">Older attempts"))
                .body(not(containsString("Newer attempts")))
                .body(containsString("<td>55</td>"))
                .extract().asString();
        assertEquals(50, first.split("/result\">Review").length - 1);
        String second = learner.session().get("/history?page=2").then().statusCode(200)
                .body(containsString("Showing 51 to 55 of 55, newest first."))
                .body(containsString("href=\"/history?page=1\" rel=\"prev\">Newer attempts"))
                .body(not(containsString("Older attempts")))
                .extract().asString();
        assertEquals(5, second.split("/result\">Review").length - 1);
        learner.session().get("/history?page=nonsense").then().statusCode(200)
                .body(containsString("Showing 1 to 50 of 55"));
        learner.session().get("/history?page=9").then().statusCode(200)
                .body(containsString("No attempts on this page."));
    }

    @Test
    void theChartShowsTheLatestScoresWhileTotalsCountEveryAttempt() {
        Learner learner = HistoryFixtures.learner("charted");
        Set set = HistoryFixtures.set("Long chart quiz " + System.nanoTime(), "date", "commander");
        HistoryFixtures.manyAttempts(learner, set, HistoryQueries.CHART_LIMIT + 5, MAY_3);

        learner.session().get("/history").then().statusCode(200)
                .body(containsString("-title\">Your last " + HistoryQueries.CHART_LIMIT + " scores</title>"))
                .body(containsString("<figcaption>" + HistoryQueries.CHART_LIMIT + " attempts on 3 May 2024;"))
                .body(containsString("<td>" + (HistoryQueries.CHART_LIMIT + 5) + "</td>"))
                .body(containsString((HistoryQueries.CHART_LIMIT + 5) + " attempts, " + (HistoryQueries.CHART_LIMIT + 5)
                        + " finished."));
    }
}
