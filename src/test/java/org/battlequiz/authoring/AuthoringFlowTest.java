package org.battlequiz.authoring;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.battlequiz.question.Question;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.question.RejectReason;
import org.battlequiz.question.ReviewStatus;
import org.battlequiz.question.SetStatus;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthoringFlowTest {
    static final Path SEED = Path.of("../shared/articles/00_second-battle-of-al-qusayr.txt");

    static long createFromArticle(BrowserSession teacher, String text) {
        String location = Teachers.postMultipart(teacher, "/teach/sets", Map.of("text", text), null, null, null)
                .then().statusCode(303).header("Location", matchesPattern(".*/teach/sets/\\d+/review$"))
                .extract().header("Location");
        return Long.parseLong(location.replaceAll(".*/sets/(\\d+)/review$", "$1"));
    }

    private static List<Question> items(long setId) {
        return QuarkusTransaction.requiringNew().call(() -> Question.<Question>list(
                "questionSet.id = ?1 order by position", setId));
    }

    @Test
    void aPastedArticleBecomesADraftWithPendingItemsThatLearnersCannotSee() throws IOException {
        Teachers.Account teacher = Teachers.teacher("author");
        long setId = createFromArticle(teacher.session(), Files.readString(SEED));
        List<Question> items = items(setId);
        assertTrue(items.size() >= 5, "generated items: " + items.size());
        assertTrue(items.stream().allMatch(q -> q.reviewStatus == ReviewStatus.PENDING));
        teacher.session().get("/teach/sets/" + setId + "/review").then().statusCode(200)
                .body(containsString(items.size() + " items to review"))
                .body(containsString("Reject because"))
                .body(containsString("<dt>Quality</dt>")).body(containsString("Why the score is lower:"));
        teacher.session().get("/teach/sets/" + setId + "/facts").then().statusCode(200)
                .body(containsString("Commander")).body(containsString("Line "));
        assertEquals(setId, createFromArticle(teacher.session(), Files.readString(SEED)), "a resend opens the same draft");
        BrowserSession learner = BrowserSession.learner("peeker");
        learner.get("/sets/" + setId).then().statusCode(404);
        learner.get("/").then().body(not(containsString("/sets/" + setId + "\"")));
    }

    @Test
    void uploadedAndPastedWikitextIsReadToo() throws IOException {
        Teachers.Account teacher = Teachers.teacher("uploader");
        for (String[] upload : new String[][] {{"10_cannae.wiki", "cannae.txt"}, {"25_lutzen.wiki", "lutzen.wiki"}}) {
            byte[] wiki = Files.readAllBytes(Path.of("src/test/resources/wikitext", upload[0]));
            Teachers.postMultipart(teacher.session(), "/teach/sets", Map.of("text", ""), "file", upload[1], wiki)
                    .then().statusCode(303).header("Location", endsWith("/review"));
        }
        long setId = createFromArticle(teacher.session(),
                Files.readString(Path.of("src/test/resources/wikitext/21_austerlitz.wiki")));
        assertTrue(items(setId).size() >= 10, "items: " + items(setId).size());
    }

    @Test
    void textThatIsNotAnArticleReRendersTheFormWithTheReason() {
        Teachers.Account teacher = Teachers.teacher("confused");
        Teachers.postMultipart(teacher.session(), "/teach/sets", Map.of("text", "just a shopping list"), null, null,
                        null)
                .then().statusCode(422).body(containsString("alert-error")).body(containsString("just a shopping list"));
        Teachers.postMultipart(teacher.session(), "/teach/sets", Map.of("text", "  "), null, null, null)
                .then().statusCode(422).body(containsString("Paste the article text"));
    }

    @Test
    void reviewingCountsAcceptedEditedAndRejectedItems() throws IOException {
        Teachers.Account teacher = Teachers.teacher("reviewer");
        BrowserSession s = teacher.session();
        long setId = createFromArticle(s, Files.readString(SEED));
        List<Question> items = items(setId);
        Question first = items.get(0);
        Question second = items.get(1);
        Question third = items.get(2);
        s.postForm("/teach/sets/" + setId + "/items/" + first.id + "/accept", Map.of()).then().statusCode(303)
                .header("Location", endsWith("/teach/sets/" + setId + "/review#q" + second.id));
        s.postForm("/teach/sets/" + setId + "/items/" + second.id + "/reject",
                Map.of("reason", "BAD_DISTRACTOR", "note", "two options mean the same")).then().statusCode(303);
        var form = ItemForm.of(third.content());
        s.postForm("/teach/sets/" + setId + "/items/" + third.id + "/edit", Map.of("type", form.type(),
                "prompt", "Edited: " + form.prompt(), "stems", form.stems(), "options", form.options(),
                "keys", form.keys(), "tolerance", form.tolerance(), "explanation", "Because the article says so.",
                "source", form.source())).then().statusCode(303);
        List<Question> after = items(setId);
        assertEquals(ReviewStatus.ACCEPTED, after.get(0).reviewStatus);
        assertEquals(ReviewStatus.REJECTED, after.get(1).reviewStatus);
        assertEquals(RejectReason.BAD_DISTRACTOR, after.get(1).rejectReason);
        assertEquals(ReviewStatus.EDITED, after.get(2).reviewStatus);
        assertEquals("Edited: " + third.prompt, after.get(2).prompt);
        s.get("/teach/sets/" + setId + "/review").then().statusCode(200)
                .body(containsString("Bad distractor")).body(containsString("two options mean the same"))
                .body(containsString("<td>" + items.size() + "</td><td>" + (items.size() - 3)
                        + "</td><td>2</td><td>1</td><td>1</td>"));
    }

    @Test
    void anInvalidEditIsRefusedWithTheReasonAndNothingChanges() throws IOException {
        Teachers.Account teacher = Teachers.teacher("editor");
        BrowserSession s = teacher.session();
        long setId = Teachers.ownedSet(teacher.username(), SetStatus.DRAFT);
        Question first = items(setId).get(0);
        s.postForm("/teach/sets/" + setId + "/items/" + first.id + "/edit", Map.of("type", "single_choice",
                "prompt", "Who won?", "options", "A\nB", "keys", "C")).then().statusCode(422)
                .body(containsString("Each right option must be one of the options")).body(containsString("Who won?"));
        assertEquals(first.prompt, items(setId).get(0).prompt);
    }

    @Test
    void handWrittenItemsOfEveryTypeAreAddedMovedAndRemoved() {
        Teachers.Account teacher = Teachers.teacher("writer");
        BrowserSession s = teacher.session();
        String location = s.postForm("/teach/sets/blank", Map.of("title", "Hand made")).then().statusCode(303)
                .extract().header("Location");
        long setId = Long.parseLong(location.replaceAll(".*/sets/(\\d+)$", "$1"));
        for (var item : org.battlequiz.support.QuizFixtures.EVERY_TYPE) {
            ItemForm form = ItemForm.of(item);
            s.get("/teach/sets/" + setId + "/items/new?type=" + form.type()).then().statusCode(200);
            s.postForm("/teach/sets/" + setId + "/items", Map.of("type", form.type(), "prompt", form.prompt(),
                    "stems", form.stems(), "options", form.options(), "keys", form.keys(),
                    "tolerance", form.tolerance(), "explanation", "", "source", form.source()))
                    .then().statusCode(303);
        }
        List<Question> items = items(setId);
        assertEquals(org.battlequiz.support.QuizFixtures.EVERY_TYPE.stream().map(c -> c.type()).toList(),
                items.stream().map(q -> q.type).toList());
        s.postForm("/teach/sets/" + setId + "/items/" + items.get(1).id + "/move", Map.of("direction", "up"))
                .then().statusCode(303);
        s.postForm("/teach/sets/" + setId + "/items/" + items.get(0).id + "/remove", Map.of()).then()
                .statusCode(303);
        List<Question> after = items(setId);
        assertEquals(items.size() - 1, after.size());
        assertEquals(items.get(1).id, after.get(0).id);
    }

    @Test
    void publishingGivesAJoinCodeThatLearnersUse() {
        Teachers.Account teacher = Teachers.teacher("publisher");
        BrowserSession s = teacher.session();
        long setId = Teachers.ownedSet(teacher.username(), SetStatus.DRAFT);
        s.postForm("/teach/sets/" + setId + "/status", Map.of("action", "publish", "pending", "accept")).then().statusCode(303);
        s.postForm("/teach/sets/" + setId + "/status", Map.of("action", "publish")).then().statusCode(303);
        String code = QuarkusTransaction.requiringNew().call(() -> QuestionSet.<QuestionSet>findById(setId).joinCode);
        assertTrue(code.matches("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}"), code);
        String page = s.get("/teach/sets/" + setId).then().statusCode(200).extract().asString();
        Matcher shown = Pattern.compile("id=\"join-code\">([A-Z0-9]+)<").matcher(page);
        assertTrue(shown.find() && shown.group(1).equals(code));
        assertTrue(items(setId).stream().noneMatch(q -> q.reviewStatus == ReviewStatus.PENDING));
        BrowserSession learner = BrowserSession.learner("joiner");
        learner.get("/join/" + code.toLowerCase()).then().statusCode(303).header("Location", endsWith("/sets/" + setId));
        learner.postForm("/join", Map.of("code", code)).then().statusCode(303).header("Location", endsWith("/sets/" + setId));
        learner.postForm("/join", Map.of("code", "nope")).then().statusCode(422).body(containsString("6 letters"));
        s.postForm("/teach/sets/" + setId + "/status", Map.of("action", "close")).then().statusCode(303);
        learner.get("/join/" + code).then().statusCode(410).body(containsString("closed"));
        learner.get("/sets/" + setId).then().statusCode(404);
    }

    @Test
    void optionsAreSavedAndBadValuesReRenderTheForm() {
        Teachers.Account teacher = Teachers.teacher("optioner");
        BrowserSession s = teacher.session();
        long setId = Teachers.ownedSet(teacher.username(), SetStatus.DRAFT);
        s.postForm("/teach/sets/" + setId + "/options", Map.of("title", "Renamed", "description", "For 9B",
                "questionsPerAttempt", "5", "shuffleQuestions", "on", "timeLimitMinutes", "20",
                "attemptsAllowed", "2", "grading", "last", "feedback", "AFTER_CLOSE", "layout", "ALL_ON_ONE_PAGE"))
                .then().statusCode(303);
        SetOptions saved = QuarkusTransaction.requiringNew().call(() ->
                SetOptions.fromStored(QuestionSet.<QuestionSet>findById(setId).options));
        assertEquals(new SetOptions(5, true, false, 20, 2, org.battlequiz.quiz.GradingMethod.LAST,
                FeedbackTiming.AFTER_CLOSE, org.battlequiz.quiz.QuizLayout.ALL_ON_ONE_PAGE), saved);
        s.postForm("/teach/sets/" + setId + "/options", Map.of("title", "Renamed", "questionsPerAttempt", "-3",
                "grading", "highest", "feedback", "IMMEDIATELY")).then().statusCode(422)
                .body(containsString("Questions per attempt must be a whole number"));
        s.get("/teach/sets/" + setId).then().body(containsString("Renamed"));
    }
}
