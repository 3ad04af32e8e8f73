package org.battlequiz.study;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.battlequiz.question.Question;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.generation.item.QuestionType;
import org.battlequiz.question.SetStatus;
import org.battlequiz.study.StudyPages.Counts;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.QuizFixtures;
import org.battlequiz.support.Teachers;
import org.battlequiz.support.Teachers.Account;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StudyFlowTest {
    private static final int CARDS = QuizFixtures.EVERY_TYPE.size();
    private final FsrsScheduler fsrs = FsrsScheduler.withDefaults();
    private long setId;
    private String deck;

    @BeforeEach
    void createSet() {
        setId = QuizFixtures.publishedSetWithEveryType("Ford cards " + System.nanoTime());
        deck = "/study/set-" + setId;
    }

    private static Account learner(String prefix) {
        return Teachers.learner(prefix);
    }

    private String page(Account learner, String path) {
        return learner.session().get(path).then().statusCode(200).extract().asString();
    }

    private void grade(Account learner, long card, String rating, int review) {
        learner.session().postForm(deck + "/cards/" + card, Map.of("rating", rating, "review", review)).then()
                .statusCode(303).header("Location", endsWith(deck));
    }

    @Test
    void theStudyPageListsTheSetAsADeckAndTheSetPageLinksToIt() {
        Account learner = learner("decks");
        String study = page(learner, "/study");
        assertTrue(study.contains("href=\"" + deck + "\""), "the set is a deck");
        assertTrue(study.contains("My mistakes"));
        assertTrue(StudyPages.counts(study).newCards() >= CARDS);
        learner.session().get("/sets/" + setId).then().body(containsString("href=\"" + deck + "\""))
                .body(containsString("Study as flashcards"));
        learner.session().get("/").then().body(containsString("<a href=\"/study\">Study</a>"));
    }

    @Test
    void revealingAndGradingGoodReschedulesWithFsrsAndTheCountsDrop() {
        Account learner = learner("grader");
        String front = page(learner, deck);
        assertEquals(new Counts(CARDS, 0, 0), StudyPages.counts(front));
        assertTrue(front.contains("Who won the battle at the ford?") && front.contains("Show answer"));
        assertTrue(!front.contains("The hill clans</p>"), "the answer stays hidden until asked for");
        long card = StudyPages.cardId(front);

        String back = page(learner, deck + "/cards/" + card);
        SchedulingPreview preview = fsrs.preview(CardState.newCard(Instant.now()), Instant.now());
        assertTrue(back.contains("The hill clans") && back.contains("Quoted line for: Who won the battle at the ford?"));
        for (Rating rating : Rating.values()) {
            assertTrue(back.contains("value=\"" + rating.name() + "\""), rating + " button");
            assertTrue(back.contains(preview.intervalLabel(rating) + "</span>"), rating + " shows its interval");
        }
        assertTrue(back.contains("name=\"review\" value=\"0\"") && back.contains("name=\"csrf-token\""));

        grade(learner, card, "GOOD", 0);
        CardState learning = StudyPages.stored(learner.username(), card).state();
        assertEquals(CardPhase.LEARNING, learning.state());
        assertEquals(Duration.ofMinutes(10), Duration.between(learning.lastReview(), learning.due()));
        String next = page(learner, deck);
        assertEquals(new Counts(CARDS - 1, 0, 0), StudyPages.counts(next));
        assertNotEquals(card, StudyPages.cardId(next));

        StudyPages.timePasses(learner.username(), card, Duration.ofMinutes(10));
        String again = page(learner, deck);
        assertEquals(new Counts(CARDS - 1, 1, 0), StudyPages.counts(again));
        assertEquals(card, StudyPages.cardId(again), "a due learning card comes before new ones");
        CardState before = StudyPages.stored(learner.username(), card).state();
        page(learner, deck + "/cards/" + card);
        grade(learner, card, "GOOD", 1);

        StudyPages.Stored reviewed = StudyPages.stored(learner.username(), card);
        CardState expected = fsrs.review(before, Rating.GOOD, reviewed.state().lastReview()).card();
        assertEquals(CardPhase.REVIEW, reviewed.state().state());
        assertEquals(expected.due(), reviewed.state().due());
        assertEquals(expected.stability(), reviewed.state().stability(), 1e-9);
        assertTrue(Duration.between(Instant.now(), reviewed.state().due()).toDays() >= 1, "not due again today");
        assertEquals(2, reviewed.reviews());
        String after = page(learner, deck);
        assertEquals(new Counts(CARDS - 1, 0, 0), StudyPages.counts(after));
        assertNotEquals(card, StudyPages.cardId(after));
    }

    @Test
    void withNothingElseLeftACardDueWithinMinutesComesBackAtOnce() {
        Account learner = learner("ahead");
        String mistakes = "/study/mistakes";
        answerOnlyTheFirstTwoRight(learner);
        List<Long> graded = new ArrayList<>();
        String page = page(learner, mistakes);
        for (int i = 0; i < CARDS - 2; i++) {
            long card = StudyPages.cardId(page);
            graded.add(card);
            learner.session().postForm(mistakes + "/cards/" + card, Map.of("rating", i == 0 ? "GOOD" : "EASY",
                    "review", 0)).then().statusCode(303);
            page = page(learner, mistakes);
        }
        assertEquals(new Counts(0, 1, 0), StudyPages.counts(page), "the learning card due in 10 min is shown");
        assertEquals(graded.get(0), StudyPages.cardId(page));
        learner.session().postForm(mistakes + "/cards/" + graded.get(0), Map.of("rating", "GOOD", "review", 1))
                .then().statusCode(303);
        page = page(learner, mistakes);
        assertTrue(page.contains("All done for now") && page.contains("due in"), "graduated for days");
        assertEquals(CardPhase.REVIEW, StudyPages.stored(learner.username(), graded.get(0)).state().state());
    }

    @Test
    void aDoubleClickedOrResentGradeSchedulesOnce() throws Exception {
        Account learner = learner("double");
        long card = StudyPages.cardId(page(learner, deck));
        page(learner, deck + "/cards/" + card);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                statuses.add(pool.submit(() -> learner.session().postForm(deck + "/cards/" + card,
                        Map.of("rating", "GOOD", "review", 0)).statusCode()));
            }
            for (Future<Integer> status : statuses) {
                assertEquals(303, status.get());
            }
        } finally {
            pool.shutdown();
        }
        grade(learner, card, "EASY", 0);
        StudyPages.Stored stored = StudyPages.stored(learner.username(), card);
        assertEquals(1, stored.state().reps());
        assertEquals(CardPhase.LEARNING, stored.state().state(), "the resent Easy changed nothing");
        assertEquals(1, stored.reviews());
        assertEquals(new Counts(CARDS - 1, 0, 0), StudyPages.counts(page(learner, deck)));
    }

    @Test
    void learnersOpeningAFreshDeckAtOnceGetOneCardPerFact() throws Exception {
        List<Account> learners = List.of(learner("rush1"), learner("rush2"), learner("rush3"), learner("rush4"));
        ExecutorService pool = Executors.newFixedThreadPool(learners.size());
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (Account learner : learners) {
                statuses.add(pool.submit(() -> learner.session().get(deck).statusCode()));
            }
            for (Future<Integer> status : statuses) {
                assertEquals(200, status.get());
            }
        } finally {
            pool.shutdown();
        }
        long cards = QuarkusTransaction.requiringNew().call(() -> StudyCard.count("questionSet.id", setId));
        assertEquals(CARDS, cards);
    }

    @Test
    void aLearnersGradesNeverTouchAnotherLearnersSchedule() {
        Account owner = learner("owner");
        Account other = learner("other");
        long card = StudyPages.cardId(page(owner, deck));
        grade(owner, card, "EASY", 0);
        grade(other, card, "AGAIN", 0);
        assertEquals(CardPhase.REVIEW, StudyPages.stored(owner.username(), card).state().state());
        assertEquals(CardPhase.LEARNING, StudyPages.stored(other.username(), card).state().state());
        assertEquals(1, StudyPages.stored(owner.username(), card).reviews());

        answerOnlyTheFirstTwoRight(owner);
        long mistake = StudyPages.cardId(page(owner, "/study/mistakes"));
        other.session().get("/study/mistakes/cards/" + mistake).then().statusCode(404);
        other.session().postForm("/study/mistakes/cards/" + mistake, Map.of("rating", "GOOD", "review", 0)).then()
                .statusCode(404).body(containsString("no card " + mistake + " in this deck"));
        assertNull(StudyPages.stored(other.username(), mistake).state());
    }

    @Test
    void badGradesGetAClearMessageAndChangeNothing() {
        Account learner = learner("bad");
        long card = StudyPages.cardId(page(learner, deck));
        String path = deck + "/cards/" + card;
        learner.session().postForm(path, Map.of("review", 0)).then().statusCode(400)
                .body(containsString("Again, Hard, Good or Easy"));
        learner.session().postForm(path, Map.of("rating", "PERFECT", "review", 0)).then().statusCode(400)
                .body(containsString("Again, Hard, Good or Easy"));
        learner.session().postForm(path, Map.of("rating", "GOOD", "review", "soon")).then().statusCode(400)
                .body(containsString("review number"));
        learner.session().postForm("/study/nonsense/cards/" + card, Map.of("rating", "GOOD", "review", 0)).then()
                .statusCode(404).body(containsString("no deck called"));
        learner.session().postForm(deck + "/cards/not-a-card", Map.of("rating", "GOOD", "review", 0)).then()
                .statusCode(404);
        long otherSet = QuizFixtures.publishedSetWithEveryType("Other ford " + System.nanoTime());
        learner.session().postForm("/study/set-" + otherSet + "/cards/" + card, Map.of("rating", "GOOD", "review", 0))
                .then().statusCode(404).body(containsString("no card " + card));
        String draft = "/study/set-" + Teachers.ownedSet(Teachers.teacher("drafter").username(), SetStatus.DRAFT);
        learner.session().get(draft).then().statusCode(404).body(not(containsString("Exception")));
        assertNull(StudyPages.stored(learner.username(), card).state());
        BrowserSession anonymous = new BrowserSession();
        anonymous.get("/study").then().statusCode(302);
    }

    @Test
    void practiseMyMistakesHoldsExactlyTheWronglyAnsweredItems() {
        Account learner = learner("mistaken");
        assertEquals(new Counts(0, 0, 0), StudyPages.counts(page(learner, "/study/mistakes")));
        answerOnlyTheFirstTwoRight(learner);
        List<String> expected = QuizFixtures.EVERY_TYPE.subList(2, CARDS).stream()
                .map(item -> item.source()).toList();
        List<String> studied = new ArrayList<>();
        String page = page(learner, "/study/mistakes");
        assertEquals(new Counts(expected.size(), 0, 0), StudyPages.counts(page));
        while (page.contains("Show answer")) {
            long card = StudyPages.cardId(page);
            String back = page(learner, "/study/mistakes/cards/" + card);
            expected.stream().filter(back::contains).forEach(studied::add);
            learner.session().postForm("/study/mistakes/cards/" + card, Map.of("rating", "EASY", "review", 0)).then()
                    .statusCode(303).header("Location", endsWith("/study/mistakes"));
            page = page(learner, "/study/mistakes");
        }
        assertEquals(expected, studied);
        assertTrue(page.contains("All done for now"));
        assertEquals(new Counts(CARDS - expected.size(), 0, 0), StudyPages.counts(page(learner, deck)));
    }

    @Test
    void theDailyNewCardLimitCountsNewCardsOfEveryDeck() {
        long bigSet = QuarkusTransaction.requiringNew().call(() -> {
            QuestionSet set = new QuestionSet();
            set.title = "Many fords " + System.nanoTime();
            set.status = SetStatus.PUBLISHED;
            set.persist();
            for (int i = 0; i < 25; i++) {
                Question.of(set, i, new QuestionContent(QuestionType.CLOZE, "Ford number " + i + " was held by ____.",
                        List.of(), List.of(), List.of("Clan " + i), null, null, "Line " + i, "test", null, "t"))
                        .persist();
            }
            return set.id;
        });
        Account learner = learner("limit");
        assertEquals(new Counts(20, 0, 0), StudyPages.counts(page(learner, "/study/set-" + bigSet)));
        grade(learner, StudyPages.cardId(page(learner, deck)), "GOOD", 0);
        assertEquals(new Counts(19, 0, 0), StudyPages.counts(page(learner, "/study/set-" + bigSet)));
        assertEquals(new Counts(CARDS - 1, 0, 0), StudyPages.counts(page(learner, deck)));
        assertTrue(page(learner, "/study").contains("At most 20 new cards a day"));
    }

    private void answerOnlyTheFirstTwoRight(Account learner) {
        List<Long> ids = QuizFixtures.questionIds(setId);
        String location = learner.session().postForm("/sets/" + setId + "/attempts", Map.of()).then()
                .statusCode(303).extract().header("Location");
        String attempt = location.substring(location.indexOf("/attempts/"));
        learner.session().postForm(attempt + "/submit", Map.of("q" + ids.get(0), "The hill clans",
                "q" + ids.get(1), "False")).then().statusCode(303);
    }
}
