package org.battlequiz.authoring;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.battlequiz.question.Question;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.question.ReviewStatus;
import org.battlequiz.question.SetStatus;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.api.Test;

/** The facts page: each kind of correction, refused corrections, the history kept, and regenerating the items. */
@QuarkusTest
class FactCorrectionTest {

    private static Map<String, Object> facts(long setId) {
        return QuarkusTransaction.requiringNew().call(() -> new java.util.HashMap<>(
                QuestionSet.<QuestionSet>findById(setId).article.facts));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> side(Map<String, Object> facts, int index) {
        return ((List<Map<String, Object>>) facts.get("sides")).get(index);
    }

    @SuppressWarnings("unchecked")
    private static List<String> commanders(Map<String, Object> facts, int index) {
        return ((List<Map<String, Object>>) side(facts, index).get("commanders")).stream()
                .map(c -> (String) c.get("name")).toList();
    }

    private static long revisions(long setId) {
        return QuarkusTransaction.requiringNew().call(() -> FactRevision.count("article",
                QuestionSet.<QuestionSet>findById(setId).article));
    }

    private static List<Question> items(long setId) {
        return QuarkusTransaction.requiringNew().call(() -> Question.<Question>list(
                "questionSet.id = ?1 order by position", setId));
    }

    private static io.restassured.response.Response post(BrowserSession s, long setId, String action,
                                                         Map<String, String> form) {
        return s.postForm("/teach/sets/" + setId + "/facts/" + action, form);
    }

    @Test
    void movingAMisreadCommanderKeepsTheCorrectionWithWhoWhenAndBeforeAfter() {
        Teachers.Account teacher = Teachers.teacher("mover");
        long setId = Teachers.ownedSetWithArticle(teacher.username(), SetStatus.DRAFT);
        assertTrue(commanders(facts(setId), 0).contains("Earl of Essex"));
        post(teacher.session(), setId, "move", Map.of("kind", "commander", "side", "0", "target", "Earl of Essex",
                "toSide", "1")).then().statusCode(303)
                .header("Location", endsWith("/teach/sets/" + setId + "/facts?done=move#fact-commander-2-earl-of-essex"));
        Map<String, Object> after = facts(setId);
        assertEquals(List.of("Lord Feilding", "Earl of Essex"), commanders(after, 1));
        assertTrue(!commanders(after, 0).contains("Earl of Essex"));
        FactRevision revision = QuarkusTransaction.requiringNew().call(() -> {
            FactRevision r = FactRevision.<FactRevision>listAll().stream()
                    .filter(x -> x.article.id.equals(QuestionSet.<QuestionSet>findById(setId).article.id))
                    .findFirst().orElseThrow();
            r.author.username.length();
            return r;
        });
        assertEquals("Commander Earl of Essex", revision.fact);
        assertEquals("On side 1", revision.before);
        assertEquals("On side 2", revision.after);
        assertEquals(teacher.username(), QuarkusTransaction.requiringNew().call(() ->
                FactRevision.<FactRevision>findById(revision.id).author.username));
        teacher.session().get("/teach/sets/" + setId + "/facts?done=move").then().statusCode(200)
                .body(containsString("Moved to the other side"))
                .body(containsString("Corrections made"))
                .body(containsString("<strong>Commander Earl of Essex</strong> <span class=\"muted small\">by "
                        + teacher.username()))
                .body(containsString("<dd>On side 1</dd>")).body(containsString("<dd>On side 2</dd>"))
                .body(containsString("id=\"fact-commander-2-earl-of-essex\""));
    }

    @Test
    void everyKindOfCorrectionChangesTheStoredFacts() {
        Teachers.Account teacher = Teachers.teacher("fixer");
        BrowserSession s = teacher.session();
        long setId = Teachers.ownedSetWithArticle(teacher.username(), SetStatus.DRAFT);
        post(s, setId, "fix", Map.of("kind", "commander", "side", "0", "target", "Earl of Essex", "name", "Earl of Essex",
                "status", "WIA")).then().statusCode(303).header("Location", endsWith("#fact-commander-1-earl-of-essex"));
        post(s, setId, "fix", Map.of("kind", "belligerent", "side", "1", "target", "Parliamentarians",
                "name", "Parliament")).then().statusCode(303);
        post(s, setId, "remove", Map.of("kind", "commander", "side", "0", "target", "Earl of Forth")).then().statusCode(303)
                .header("Location", endsWith("#side-1"));
        post(s, setId, "add", Map.of("kind", "commander", "side", "1", "name", "Lord Brooke", "status", "KIA",
                "line", "21")).then().statusCode(303).header("Location", endsWith("#fact-commander-2-lord-brooke"));
        post(s, setId, "add", Map.of("kind", "belligerent", "side", "0", "name", "Welsh levies")).then().statusCode(303);
        post(s, setId, "fix", Map.of("kind", "strength", "side", "1", "figure", "14,000-15,000", "label", "men"))
                .then().statusCode(303);
        post(s, setId, "move", Map.of("kind", "casualties", "side", "0", "toSide", "1")).then().statusCode(303);
        post(s, setId, "add", Map.of("kind", "casualties", "side", "0", "killed", "500", "wounded", "1,500"))
                .then().statusCode(303);
        post(s, setId, "fix", Map.of("kind", "dates", "start", "1642-10-23", "end", "1642-10-24")).then().statusCode(303)
                .header("Location", endsWith("#fact-dates"));
        post(s, setId, "fix", Map.of("kind", "place", "place", "Edge Hill, Warwickshire, England")).then().statusCode(303);
        post(s, setId, "fix", Map.of("kind", "result", "result", "Royalist victory", "winner", "0")).then()
                .statusCode(303);
        post(s, setId, "confirm", Map.of("kind", "belligerent", "side", "0", "target", "Royalists")).then()
                .statusCode(303);
        Map<String, Object> f = facts(setId);
        assertEquals(List.of("Charles I", "Prince Rupert of the Rhine", "Earl of Lindsey", "Lord Wilmot", "Jacob Astley",
                "Earl of Essex"), commanders(f, 0));
        assertEquals(List.of("Lord Feilding", "Lord Brooke"), commanders(f, 1));
        assertEquals(List.of("Royalists", "Welsh levies"), side(f, 0).get("belligerents"));
        assertEquals(List.of("Parliament"), side(f, 1).get("belligerents"));
        @SuppressWarnings("unchecked")
        Map<String, Object> strength = (Map<String, Object>) side(f, 1).get("strength");
        assertEquals("14,000–15,000 men", strength.get("text"));
        assertEquals(14000, ((Number) strength.get("min")).intValue());
        @SuppressWarnings("unchecked")
        Map<String, Object> losses = (Map<String, Object>) side(f, 0).get("casualties");
        assertEquals("500 killed, 1,500 wounded", losses.get("text"));
        @SuppressWarnings("unchecked")
        Map<String, Object> moved = (Map<String, Object>) side(f, 1).get("casualties");
        assertTrue(String.valueOf(moved.get("text")).contains("killed"), moved.toString());
        assertEquals("1642-10-23", f.get("dateStart"));
        assertEquals("1642-10-24", f.get("dateEnd"));
        assertEquals("Edge Hill, Warwickshire, England", f.get("location"));
        assertEquals("Royalist victory", f.get("result"));
        assertEquals(0, ((Number) f.get("winner")).intValue());
        assertEquals(12, revisions(setId));
        s.get("/teach/sets/" + setId + "/facts").then().statusCode(200)
                .body(containsString("Lord Brooke (KIA)")).body(containsString("Earl of Essex (WIA)"))
                .body(containsString("Checked by the teacher: Royalists"))
                .body(containsString("<dd>Royalist victory (winner: side 1)</dd>"));
    }

    @Test
    void badInputIsRefusedWithItsReasonAndNothingIsWritten() {
        Teachers.Account teacher = Teachers.teacher("typo");
        BrowserSession s = teacher.session();
        long setId = Teachers.ownedSetWithArticle(teacher.username(), SetStatus.DRAFT);
        Map<String, Object> before = facts(setId);
        record Case(String action, Map<String, String> form, String message) {
        }
        List<Case> cases = List.of(
                new Case("fix", Map.of("kind", "dates", "start", "23 Octobre 1642"), "The start date must be a date"),
                new Case("fix", Map.of("kind", "dates", "start", "1642-02-30"), "The start date must be a date"),
                new Case("fix", Map.of("kind", "dates", "start", "1642-10-24", "end", "1642-10-23"),
                        "The end date comes before the start date"),
                new Case("fix", Map.of("kind", "strength", "side", "0", "figure", "about twelve thousand"),
                        "The strength must be a number"),
                new Case("add", Map.of("kind", "casualties", "side", "0", "killed", "many"),
                        "Killed must be a whole number"),
                new Case("add", Map.of("kind", "casualties", "side", "0"), "Give at least one figure"),
                new Case("move", Map.of("kind", "commander", "side", "0", "target", "Earl of Essex", "toSide", "7"),
                        "Choose the side to move it to: one of the 2 sides"),
                new Case("move", Map.of("kind", "commander", "side", "0", "target", "Earl of Essex", "toSide", "0"),
                        "It is already on side 1"),
                new Case("add", Map.of("kind", "commander", "side", "x", "name", "Lord Brooke"),
                        "Choose the side: one of the 2 sides"),
                new Case("add", Map.of("kind", "commander", "side", "1", "name", " "), "Give the commander&#39;s name"),
                new Case("add", Map.of("kind", "commander", "side", "1", "name", "Lord Brooke", "status", "Asleep"),
                        "A commander&#39;s status is one of KIA"),
                new Case("add", Map.of("kind", "commander", "side", "1", "name", "Lord Feilding"),
                        "Side 2 already lists Lord Feilding"),
                new Case("add", Map.of("kind", "belligerent", "side", "1", "name", "Scots", "line", "99999"),
                        "The source line must be a line of the article"),
                new Case("fix", Map.of("kind", "result", "result", "Draw", "winner", "3"), "Choose the winner"),
                new Case("fix", Map.of("kind", "general", "name", "x"), "Choose which kind of fact to correct"),
                new Case("remove", Map.of("kind", "commander", "side", "1", "target", "Nobody"),
                        "Side 2 does not list Nobody any more"),
                new Case("move", Map.of("kind", "place", "toSide", "1"), "Only a side&#39;s belligerents"),
                new Case("add", Map.of("kind", "belligerent", "side", "1", "name", "x".repeat(201)),
                        "A name can have at most 200 characters"));
        for (Case c : cases) {
            post(s, setId, c.action(), c.form()).then().statusCode(422)
                    .body(containsString("Please fix the following")).body(containsString(c.message()))
                    .body(containsString("What the app understood"));
        }
        assertEquals(0, revisions(setId));
        assertEquals(before, facts(setId));
    }

    @Test
    void theSameCorrectionSentTwiceIsRecordedOnce() {
        Teachers.Account teacher = Teachers.teacher("doubleclick");
        long setId = Teachers.ownedSetWithArticle(teacher.username(), SetStatus.DRAFT);
        Map<String, String> move = Map.of("kind", "commander", "side", "0", "target", "Earl of Essex", "toSide", "1");
        post(teacher.session(), setId, "move", move).then().statusCode(303);
        post(teacher.session(), setId, "move", move).then().statusCode(303);
        Map<String, String> add = Map.of("kind", "belligerent", "side", "1", "name", "Scots");
        post(teacher.session(), setId, "add", add).then().statusCode(303);
        post(teacher.session(), setId, "add", add).then().statusCode(303);
        assertEquals(2, revisions(setId));
        assertEquals(List.of("Lord Feilding", "Earl of Essex"), commanders(facts(setId), 1));
    }

    @Test
    void aSetWithoutAnArticleOrAShippedSetHasNoFactsToCorrect() {
        Teachers.Account teacher = Teachers.teacher("noarticle");
        long blank = Teachers.ownedSet(teacher.username(), SetStatus.DRAFT);
        teacher.session().get("/teach/sets/" + blank + "/facts").then().statusCode(200)
                .body(containsString("This set was not made from an article"));
        post(teacher.session(), blank, "fix", Map.of("kind", "place", "place", "Here")).then().statusCode(422)
                .body(containsString("has no facts to correct"));
        Teachers.Account admin = Teachers.admin("shipadmin");
        long shipped = QuarkusTransaction.requiringNew().call(() -> QuestionSet.<QuestionSet>find(
                "owner is null and status = ?1 and article is not null", SetStatus.PUBLISHED).firstResult().id);
        admin.session().get("/teach/sets/" + shipped + "/facts").then().statusCode(200)
                .body(containsString("follows its article file")).body(not(containsString("Regenerate items")));
        post(admin.session(), shipped, "regenerate", Map.of()).then().statusCode(422)
                .body(containsString("A shipped set follows its article file"));
    }

    @Test
    void anAdminCorrectsAndRegeneratesAnotherTeachersSet() {
        Teachers.Account teacher = Teachers.teacher("owned");
        Teachers.Account admin = Teachers.admin("factadmin");
        long setId = Teachers.ownedSetWithArticle(teacher.username(), SetStatus.DRAFT);
        post(admin.session(), setId, "move", Map.of("kind", "commander", "side", "0", "target", "Earl of Essex",
                "toSide", "1")).then().statusCode(303);
        post(admin.session(), setId, "regenerate", Map.of()).then().statusCode(303);
        admin.session().get("/teach/sets/" + setId + "/facts").then().statusCode(200)
                .body(containsString("by " + admin.username()));
    }

    @Test
    void lowConfidenceFactsAreListedFirstWithTheReasonUntilConfirmed() throws Exception {
        Teachers.Account teacher = Teachers.teacher("doubter");
        // the test client posts multipart text as ISO-8859-1, so the article's no-break spaces become plain ones
        long setId = AuthoringFlowTest.createFromArticle(teacher.session(),
                Files.readString(AuthoringFlowTest.SEED).replace('\u00a0', ' '));
        String page = teacher.session().get("/teach/sets/" + setId + "/facts").then().statusCode(200)
                .body(containsString("Check these first"))
                .body(containsString("The app could not tell which side this is on (sure to 68%)"))
                .extract().asString();
        assertTrue(page.indexOf("doubts-heading") < page.indexOf("side-1-heading"), "listed before the sides");
        assertTrue(page.contains("class=\"fact-item doubtful\" id=\"fact-commander-1-abdul-qader-saleh\""), "highlighted in place");
        post(teacher.session(), setId, "confirm", Map.of("kind", "commander", "side", "0", "target", "Abdul Qader Saleh"))
                .then().statusCode(303);
        teacher.session().get("/teach/sets/" + setId + "/facts").then().statusCode(200)
                .body(not(containsString("class=\"fact-item doubtful\" id=\"fact-commander-1-abdul-qader-saleh\"")))
                .body(containsString("Checked by the teacher: Abdul Qader Saleh (WIA)"));
    }

    @Test
    void regeneratingKeepsAcceptedItemsFlagsChangedOnesAndReplacesUnreviewedOnes() {
        Teachers.Account teacher = Teachers.teacher("regen");
        BrowserSession s = teacher.session();
        long setId = AuthoringFlowTest.createFromArticle(s, Teachers.misreadEdgehill());
        List<Question> generated = items(setId);
        Question aboutEssex = generated.stream().filter(q -> q.explanation.contains("Essex")).findFirst().orElseThrow();
        Question unrelated = generated.stream().filter(q -> "date".equals(q.factKind)).findFirst().orElseThrow();
        Question feilding = generated.stream().filter(q -> "commander:lord feilding".equals(q.factId)).findFirst()
                .orElseThrow();
        for (Question q : List.of(aboutEssex, unrelated, feilding)) {
            s.postForm("/teach/sets/" + setId + "/items/" + q.id + "/accept", Map.of()).then().statusCode(303);
        }
        post(s, setId, "move", Map.of("kind", "commander", "side", "0", "target", "Earl of Essex", "toSide", "1"))
                .then().statusCode(303);
        post(s, setId, "remove", Map.of("kind", "commander", "side", "1", "target", "Lord Feilding"))
                .then().statusCode(303);
        String location = post(s, setId, "regenerate", Map.of()).then().statusCode(303).extract().header("Location");
        assertTrue(location.contains("/facts?done=regenerated&") && location.endsWith("#regenerate"), location);

        List<Question> after = items(setId);
        Question keptDate = after.stream().filter(q -> q.id.equals(unrelated.id)).findFirst().orElseThrow();
        assertEquals(ReviewStatus.ACCEPTED, keptDate.reviewStatus);
        assertNull(keptDate.reviewFlag);
        Question flagged = after.stream().filter(q -> q.id.equals(aboutEssex.id)).findFirst().orElseThrow();
        assertEquals(ReviewStatus.PENDING, flagged.reviewStatus);
        assertTrue(flagged.reviewFlag.startsWith("Its fact was corrected") || flagged.reviewFlag.startsWith(
                "The facts this item quotes were corrected"), flagged.reviewFlag);
        Question gone = after.stream().filter(q -> q.id.equals(feilding.id)).findFirst().orElseThrow();
        assertEquals(ReviewStatus.PENDING, gone.reviewStatus);
        assertTrue(gone.reviewFlag.startsWith("The fact it asks about is no longer in the facts"), gone.reviewFlag);
        List<Question> fresh = after.stream().filter(q -> generated.stream().noneMatch(g -> g.id.equals(q.id))).toList();
        assertTrue(!fresh.isEmpty() && fresh.stream().allMatch(q -> q.reviewStatus == ReviewStatus.PENDING
                && q.reviewFlag == null && q.factId != null));
        assertTrue(fresh.stream().anyMatch(q -> q.explanation.contains("Earl of Essex fought for the Parliamentarians")),
                "a new item names Essex's right side");
        assertTrue(after.stream().filter(q -> q.reviewFlag == null && q.reviewStatus != ReviewStatus.REJECTED)
                .noneMatch(q -> q.explanation.contains("Jacob Astley, Earl of Essex")), "no unflagged item keeps the misread");
        assertTrue(after.stream().noneMatch(q -> q.factId != null && q.factId.equals(unrelated.factId)
                && !q.id.equals(unrelated.id)), "the kept item's fact is not asked again");

        s.get("/teach/sets/" + setId + "/review").then().statusCode(200)
                .body(anyOf(containsString("Flagged for review:</strong> Its fact was corrected"),
                        containsString("Flagged for review:</strong> The facts this item quotes were corrected")))
                .body(containsString("Flagged for review:</strong> The fact it asks about is no longer in the facts"));
        s.get("/teach/sets/" + setId + "/review?status=flagged").then().statusCode(200)
                .body(containsString("id=\"q" + flagged.id + "\""), containsString("id=\"q" + gone.id + "\""))
                .body(not(containsString("id=\"q" + unrelated.id + "\"")));
        s.postForm("/teach/sets/" + setId + "/items/" + flagged.id + "/accept", Map.of()).then().statusCode(303);
        assertNull(items(setId).stream().filter(q -> q.id.equals(flagged.id)).findFirst().orElseThrow().reviewFlag);

        post(s, setId, "regenerate", Map.of()).then().statusCode(303);
        List<Question> again = items(setId);
        assertEquals(ReviewStatus.ACCEPTED, again.stream().filter(q -> q.id.equals(flagged.id)).findFirst()
                .orElseThrow().reviewStatus, "accepted after the flag, it stays on the next regeneration");
        List<Long> duplicates = fresh.stream().filter(q -> q.factId.equals(aboutEssex.factId)).map(q -> q.id).toList();
        assertEquals(after.stream().map(q -> q.id).filter(id -> !duplicates.contains(id)).sorted().toList(),
                again.stream().map(q -> q.id).sorted().toList(),
                "regenerating again changes nothing but the pending twin of the item accepted since");
    }
}
