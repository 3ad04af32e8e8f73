package org.battlequiz.study;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.battlequiz.question.Question;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.question.SetStatus;
import org.battlequiz.study.StudyPages.Counts;
import org.battlequiz.support.QuizFixtures;
import org.battlequiz.support.Teachers;
import org.battlequiz.support.Teachers.Account;
import org.junit.jupiter.api.Test;

/** "Study more": extra new cards beyond the daily limit, and every card of a deck once more, without skewing the queue. */
@QuarkusTest
class CustomStudyTest {
    private static final int DAILY = 20;

    static long setOf(int cards) {
        return QuarkusTransaction.requiringNew().call(() -> {
            QuestionSet set = new QuestionSet();
            set.title = "Custom fords " + System.nanoTime();
            set.status = SetStatus.PUBLISHED;
            set.persist();
            for (int i = 0; i < cards; i++) {
                Question.of(set, i, new QuestionContent(QuestionType.CLOZE, "Ford number " + i + " was held by ____.",
                        List.of(), List.of(), List.of("Clan " + i), null, null, "Line " + i, "test", null, "t"))
                        .persist();
            }
            return set.id;
        });
    }

    private static String page(Account learner, String path) {
        return learner.session().get(path).then().statusCode(200).extract().asString();
    }

    /** Shows, reveals and grades the next card of the session: a deck, or a deck with "?again=" and its start. */
    static long gradeNext(Account learner, String session, String rating) {
        String front = page(learner, session);
        long card = StudyPages.cardId(front);
        int review = (int) StudyPages.stored(learner.username(), card).reviews();
        String deck = session.replaceAll("\\?again=.*", "");
        String again = session.equals(deck) ? null : session.substring(session.indexOf('=') + 1);
        String back = page(learner, deck + "/cards/" + card + (again == null ? "" : "?again=" + again));
        Map<String, Object> grade = new HashMap<>(Map.of("rating", rating, "review", review));
        if (again != null) {
            String hidden = "name=\"again\" value=\"" + again + "\"";
            assertTrue(front.contains(hidden) && back.contains(hidden), back);
            grade.put("again", again);
        }
        learner.session().postForm(deck + "/cards/" + card, grade).then().statusCode(303)
                .header("Location", endsWith(session));
        return card;
    }

    private static void studyMore(Account learner, String deck, Object count, Object base) {
        learner.session().postForm(deck + "/more", Map.of("count", count, "base", base)).then().statusCode(303)
                .header("Location", endsWith(deck));
    }

    @Test
    void whenTodaysNewCardsAreUsedUpStudyMoreAddsThatManyOnceAndLeavesReviewsAlone() {
        String deck = "/study/set-" + setOf(DAILY + 15);
        Account learner = Teachers.learner("more");
        List<Long> learned = new ArrayList<>();
        for (int i = 0; i < DAILY; i++) {
            learned.add(gradeNext(learner, deck, "EASY"));
        }
        CardState reviewBefore = StudyPages.stored(learner.username(), learned.get(0)).state();
        String done = page(learner, deck);
        assertEquals(new Counts(0, 0, 0), StudyPages.counts(done));
        assertTrue(done.contains("Study more") && done.contains("You have studied all of today's new cards"), done);
        assertTrue(done.contains("This deck has 15 cards you have not studied yet."));
        assertTrue(done.contains("name=\"base\" value=\"0\"") && done.contains("max=\"100\"")
                && done.contains("name=\"csrf-token\""));

        studyMore(learner, deck, 5, 0);
        studyMore(learner, deck, 5, 0);
        assertEquals(new Counts(5, 0, 0), StudyPages.counts(page(learner, deck)), "a resent form adds nothing");
        gradeNext(learner, deck, "EASY");
        assertEquals(new Counts(4, 0, 0), StudyPages.counts(page(learner, deck)));
        studyMore(learner, deck, 3, 5);
        assertEquals(new Counts(7, 0, 0), StudyPages.counts(page(learner, deck)));
        assertTrue(page(learner, "/study").contains("today 8 more that you chose"));

        CardState reviewAfter = StudyPages.stored(learner.username(), learned.get(0)).state();
        assertEquals(reviewBefore, reviewAfter, "cards already learned keep their schedule");
        assertEquals(CardPhase.REVIEW, reviewAfter.state());
    }

    @Test
    void badStudyMoreChoicesGetAClearMessageAndChangeNothing() {
        String deck = "/study/set-" + setOf(3);
        Account learner = Teachers.learner("badmore");
        for (Object count : List.of(0, 101, "ten", "", "-3")) {
            learner.session().postForm(deck + "/more", Map.of("count", count, "base", 0)).then().statusCode(400)
                    .body(containsString("a whole number from 1 to 100"));
        }
        learner.session().postForm(deck + "/more", Map.of("count", 5)).then().statusCode(400)
                .body(containsString("Open the deck again"));
        assertTrue(page(learner, deck).contains("name=\"base\" value=\"0\""), "nothing was added");

        String draft = "/study/set-" + Teachers.ownedSet(Teachers.teacher("hider").username(), SetStatus.DRAFT);
        learner.session().postForm(draft + "/more", Map.of("count", 5, "base", 0)).then().statusCode(404);
        learner.session().postForm(draft + "/again", Map.of()).then().statusCode(404);
        learner.session().postForm("/study/nonsense/more", Map.of("count", 5, "base", 0)).then().statusCode(404);
        learner.session().get(deck + "?again=soon").then().statusCode(404);
        assertTrue(page(learner, deck).contains("name=\"base\" value=\"0\""), "nothing was added");
    }

    @Test
    void goingThroughADeckOnceMoreShowsEveryCardOnceDueOrNotAndSchedulesEachGrade() {
        long setId = QuizFixtures.publishedSetWithEveryType("Once more " + System.nanoTime());
        String deck = "/study/set-" + setId;
        int cards = QuizFixtures.EVERY_TYPE.size();
        Account learner = Teachers.learner("again");
        long learned = gradeNext(learner, deck, "EASY");
        CardState before = StudyPages.stored(learner.username(), learned).state();
        assertEquals(new Counts(cards - 1, 0, 0), StudyPages.counts(page(learner, deck)));

        String session = learner.session().postForm(deck + "/again", Map.of()).then().statusCode(303)
                .header("Location", matchesPattern(".*" + deck + "\\?again=\\d+$")).extract().header("Location");
        session = session.substring(session.indexOf("/study/"));
        assertEquals(new Counts(cards - 1, 0, 1), StudyPages.counts(page(learner, session)));
        Set<Long> seen = new HashSet<>();
        while (page(learner, session).contains("Show answer")) {
            assertTrue(seen.add(gradeNext(learner, session, "GOOD")), "each card once");
        }
        assertEquals(cards, seen.size());
        assertTrue(page(learner, session).contains("You have gone through every card"));
        StudyPages.Stored reviewedAhead = StudyPages.stored(learner.username(), learned);
        assertEquals(2, reviewedAhead.reviews());
        assertEquals(FsrsScheduler.withDefaults().review(before, Rating.GOOD, reviewedAhead.state().lastReview())
                .card(), reviewedAhead.state(), "a grade ahead of time is scheduled by FSRS as any grade");
        assertEquals(0, StudyPages.counts(page(learner, deck)).newCards(), "no card is new any more");
    }
}
