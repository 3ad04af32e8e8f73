package org.battlequiz.authoring;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.battlequiz.question.Question;
import org.battlequiz.question.RejectReason;
import org.battlequiz.question.ReviewStatus;
import org.battlequiz.question.SetStatus;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.QuizFixtures;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.api.Test;

/**
 * The review queue a teacher works through: filters and sorts, stays in place after each review, reviews several
 * items at once, and names types, numbers, keys and low scores the same way on every teacher page.
 */
@QuarkusTest
class ReviewQueueTest {
    /** One score per fixture item (in {@link QuizFixtures#EVERY_TYPE} order) and a fact kind for each. */
    private static final double[] QUALITY = {0.9, 0.4, 0.8, 0.55, 0.95, 0.7, 0.6, 0.85};
    private static final String[] KINDS = {"commander", "belligerent", "belligerent", "strength", "date",
            "commander-sides", "timeline", "significance"};

    private record Queue(Teachers.Account teacher, long setId, List<Question> items) {
        BrowserSession session() {
            return teacher.session();
        }

        String path(String rest) {
            return "/teach/sets/" + setId + rest;
        }
    }

    /** A draft of every item type, all pending, each with a quality score and a fact kind. */
    private static Queue pendingQueue(String who) {
        Teachers.Account teacher = Teachers.teacher(who);
        long setId = Teachers.ownedSet(teacher.username(), SetStatus.DRAFT);
        QuarkusTransaction.requiringNew().run(() -> {
            List<Question> items = Question.list("questionSet.id = ?1 order by position", setId);
            for (int i = 0; i < items.size(); i++) {
                items.get(i).reviewStatus = ReviewStatus.PENDING;
                items.get(i).quality = QUALITY[i];
                items.get(i).factKind = KINDS[i];
                items.get(i).qualityNotes = QUALITY[i] < 0.7 ? "the parser was unsure of this fact (40%); only 3 "
                        + "options" : null;
            }
        });
        return new Queue(teacher, setId, items(setId));
    }

    private static List<Question> items(long setId) {
        return QuarkusTransaction.requiringNew().call(() -> Question.<Question>list(
                "questionSet.id = ?1 order by position", setId));
    }

    /** The item ids in the order the queue page shows them. */
    private static List<Long> shown(String page) {
        List<Long> ids = new ArrayList<>();
        Matcher m = Pattern.compile("<li class=\"review-item [a-z]+\" id=\"q(\\d+)\"").matcher(page);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private static String page(Queue q, String query) {
        return q.session().get(q.path("/review" + query)).then().statusCode(200).extract().asString();
    }

    @Test
    void acceptingAndRejectingReturnToTheNextItemWithTheFiltersKept() {
        Queue q = pendingQueue("inplace");
        List<Question> items = q.items();
        String filters = "status=pending&sort=score-low";
        String queuePage = page(q, "?" + filters);
        List<Long> order = shown(queuePage);
        assertTrue(queuePage.contains("/edit?queue=status%3Dpending%26sort%3Dscore-low\""), "edit links keep the filters");
        assertEquals(List.of(items.get(1).id, items.get(3).id, items.get(6).id, items.get(5).id, items.get(2).id,
                items.get(7).id, items.get(0).id, items.get(4).id), order, "lowest score first");
        q.session().postForm(q.path("/items/" + order.get(0) + "/accept"), Map.of("queue", filters)).then()
                .statusCode(303).header("Location", endsWith(q.path("/review?" + filters + "#q" + order.get(1))));
        q.session().postForm(q.path("/items/" + order.get(1) + "/reject"), Map.of("queue", filters,
                "reason", "UNCLEAR")).then().statusCode(303)
                .header("Location", endsWith(q.path("/review?" + filters + "#q" + order.get(2))));
        Question third = items.stream().filter(i -> i.id.equals(order.get(2))).findFirst().orElseThrow();
        ItemForm form = ItemForm.of(third.content());
        q.session().postForm(q.path("/items/" + third.id + "/edit"), Map.of("type", form.type(),
                "prompt", form.prompt() + " (edited)", "stems", form.stems(), "options", form.options(),
                "keys", form.keys(), "tolerance", form.tolerance(), "queue", filters, "back", "review"))
                .then().statusCode(303)
                .header("Location", endsWith(q.path("/review?" + filters + "#q" + order.get(3))));
        String last = String.valueOf(order.get(order.size() - 1));
        q.session().postForm(q.path("/items/" + last + "/accept"), Map.of("queue", filters)).then()
                .statusCode(303).header("Location", endsWith("#q" + order.get(order.size() - 2)));
        assertEquals(List.of(order.get(3), order.get(4), order.get(5), order.get(6)), shown(page(q, "?" + filters)),
                "the reviewed items left the pending queue");
        q.session().request().queryParam("queue", filters).get(q.path("/items/" + order.get(3) + "/edit"))
                .then().statusCode(200).body(containsString("name=\"queue\" value=\"" + filters.replace("&", "&amp;")))
                .body(containsString("/review?" + filters.replace("&", "&amp;") + "\">Cancel"));
    }

    @Test
    void unknownFilterValuesShowTheWholeQueueAndAForgedQueueFieldStaysOnThePage() {
        Queue q = pendingQueue("forged");
        assertEquals(q.items().size(), shown(page(q, "?status=lost&type=essay&sort=random&kind=")).size());
        q.session().postForm(q.path("/items/" + q.items().get(0).id + "/accept"),
                        Map.of("queue", "status=pending&next=https://evil.example/&sort=%zz"))
                .then().statusCode(303)
                .header("Location", endsWith(q.path("/review?status=pending#q" + q.items().get(1).id)));
    }

    @Test
    void theQueueFiltersByStatusTypeAndFactKind() {
        Queue q = pendingQueue("filters");
        List<Question> items = q.items();
        q.session().postForm(q.path("/items/" + items.get(0).id + "/accept"), Map.of()).then().statusCode(303);
        q.session().postForm(q.path("/items/" + items.get(1).id + "/reject"), Map.of("reason", "TOO_EASY"))
                .then().statusCode(303);
        q.session().postForm(q.path("/items/" + items.get(2).id + "/flag"), Map.of("flagged", "true")).then()
                .statusCode(303).header("Location", endsWith("/review#q" + items.get(2).id));
        assertEquals(List.of(items.get(0).id), shown(page(q, "?status=accepted")));
        assertEquals(List.of(items.get(1).id), shown(page(q, "?status=rejected")));
        assertEquals(List.of(items.get(2).id), shown(page(q, "?status=flagged")));
        assertEquals(items.size() - 2, shown(page(q, "?status=pending")).size());
        assertEquals(List.of(items.get(3).id), shown(page(q, "?type=numeric")));
        assertEquals(List.of(items.get(1).id, items.get(2).id), shown(page(q, "?kind=belligerent&sort=number")));
        assertEquals(List.of(items.get(2).id), shown(page(q, "?kind=belligerent&status=pending")));
        String none = page(q, "?type=cloze&status=rejected");
        assertTrue(none.contains("No item matches these filters."), none);
        String filtered = page(q, "?kind=commander-sides");
        assertTrue(filtered.contains("<option value=\"commander-sides\" selected>Commander sides</option>"), filtered);
        assertTrue(filtered.contains("Showing 1 of 8 items."), filtered);
        q.session().postForm(q.path("/items/" + items.get(2).id + "/flag"), Map.of("flagged", "false")).then()
                .statusCode(303);
        assertEquals(List.of(), shown(page(q, "?status=flagged")));
    }

    @Test
    void reviewingTakesAnItemOutOfTheFlaggedOnes() {
        Queue q = pendingQueue("unflag");
        long id = q.items().get(4).id;
        q.session().postForm(q.path("/items/" + id + "/flag"), Map.of("flagged", "true")).then().statusCode(303);
        assertEquals(List.of(id), shown(page(q, "?status=flagged")));
        q.session().postForm(q.path("/items/" + id + "/accept"), Map.of("queue", "status=flagged")).then()
                .statusCode(303).header("Location", endsWith("/review?status=flagged#queue"));
        assertEquals(List.of(), shown(page(q, "?status=flagged")));
    }

    @Test
    void theHighestScoreSortPutsTheBestFirstAndLowScoresSayWhyInWords() {
        Queue q = pendingQueue("scores");
        List<Question> items = q.items();
        List<Long> best = shown(page(q, "?sort=score-high"));
        assertEquals(List.of(items.get(4).id, items.get(0).id, items.get(7).id), best.subList(0, 3));
        String page = page(q, "");
        assertTrue(page.contains("<dt>Quality</dt><dd>0.40 <span class=\"badge badge-partly\">low</span>"), page);
        assertTrue(page.contains("<li>The parser was unsure of this fact (40%).</li><li>Only 3 options.</li>"), page);
        assertTrue(page.contains("<dt>Quality</dt><dd>0.95</dd>"), page);
    }

    @Test
    void severalItemsAreAcceptedOrRejectedAtOnceWithACount() {
        Queue q = pendingQueue("bulk");
        List<Question> items = q.items();
        Map<String, Object> accept = new HashMap<>(Map.of("action", "accept", "status", "pending", "sort", "number"));
        accept.put("item", List.of(String.valueOf(items.get(0).id), String.valueOf(items.get(2).id)));
        q.session().postForm(q.path("/review/selected"), accept).then().statusCode(303)
                .header("Location", endsWith("/review?status=pending&sort=number&done=accepted&count=2"));
        q.session().get(q.path("/review?status=pending&sort=number&done=accepted&count=2")).then().statusCode(200)
                .body(containsString("2 items accepted."));
        Map<String, Object> reject = new HashMap<>(Map.of("action", "reject", "reason", "WRONG_FACT"));
        reject.put("item", List.of(String.valueOf(items.get(3).id), String.valueOf(items.get(4).id),
                String.valueOf(items.get(5).id)));
        q.session().postForm(q.path("/review/selected"), reject).then().statusCode(303)
                .header("Location", endsWith("/review?done=rejected&count=3"));
        List<Question> after = items(q.setId());
        assertEquals(List.of(ReviewStatus.ACCEPTED, ReviewStatus.PENDING, ReviewStatus.ACCEPTED,
                ReviewStatus.REJECTED, ReviewStatus.REJECTED, ReviewStatus.REJECTED, ReviewStatus.PENDING,
                ReviewStatus.PENDING), after.stream().map(i -> i.reviewStatus).toList());
        assertEquals(RejectReason.WRONG_FACT, after.get(4).rejectReason);
        q.session().get(q.path("/review?done=rejected&count=1")).then().body(containsString("1 item rejected."));
        q.session().get(q.path("/review?done=rejected&count=lots")).then().statusCode(200)
                .body(not(containsString("rejected.</p>")));
        q.session().get(q.path("/review?done=deleted&count=4")).then().statusCode(200)
                .body(not(containsString("4 items")));
    }

    @Test
    void aBulkRequestThatCannotBeDoneWhollyChangesNothingAndSaysWhy() {
        Queue q = pendingQueue("bulkbad");
        Queue other = pendingQueue("bulkother");
        q.session().postForm(q.path("/review/selected"), Map.of("action", "accept")).then().statusCode(422)
                .body(containsString("Select at least one item"));
        Map<String, Object> mixed = new HashMap<>(Map.of("action", "accept"));
        mixed.put("item", List.of(String.valueOf(q.items().get(1).id), String.valueOf(other.items().get(1).id)));
        q.session().postForm(q.path("/review/selected"), mixed).then().statusCode(422)
                .body(containsString("not in this set"));
        Map<String, Object> junk = new HashMap<>(Map.of("action", "reject"));
        junk.put("item", List.of("12abc"));
        q.session().postForm(q.path("/review/selected"), junk).then().statusCode(422)
                .body(containsString("not in this set"));
        Map<String, Object> tooMany = new HashMap<>(Map.of("action", "accept"));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            ids.add(String.valueOf(1_000_000 + i));
        }
        tooMany.put("item", ids);
        q.session().postForm(q.path("/review/selected"), tooMany).then().statusCode(422)
                .body(containsString("at most 200 items"));
        Map<String, Object> noAction = new HashMap<>(Map.of("action", "delete"));
        noAction.put("item", List.of(String.valueOf(q.items().get(1).id)));
        q.session().postForm(q.path("/review/selected"), noAction).then().statusCode(422)
                .body(containsString("Choose Accept selected or Reject selected"));
        assertTrue(items(q.setId()).stream().allMatch(i -> i.reviewStatus == ReviewStatus.PENDING));
        assertTrue(items(other.setId()).stream().allMatch(i -> i.reviewStatus == ReviewStatus.PENDING));
    }

    @Test
    void typesAreNamedInWordsAndKeysShownAsTheRightOrderAndPairs() {
        Queue q = pendingQueue("keys");
        String page = page(q, "?sort=number");
        for (String label : List.of("Multiple choice", "True or false", "Multiple answers", "Number", "Date",
                "Matching", "Ordering", "Fill in the blank")) {
            assertTrue(page.contains(" · " + label + " · "), label);
        }
        assertFalse(page.contains("single choice"), "no API name");
        assertTrue(page.contains("<tr><th scope=\"row\">Arven</th><td>The hill clans</td></tr>"
                + "<tr><th scope=\"row\">Brisa</th><td>The river league</td></tr>"), "right pairs");
        assertTrue(page.contains("<ol class=\"key-order\"><li>The crossing</li><li>The charge</li>"
                + "<li>The retreat</li></ol>"), "right order");
        assertTrue(page.contains("<dt>Accepted answers</dt><dd>Peñaflor; Penaflor</dd>"), "cloze answers");
        assertTrue(page.contains("<dt>Answer</dt><dd>1900 (± 100)</dd>"), "numeric key");
        assertTrue(page.contains("Preview as learners see it"), "preview");
        assertTrue(page.contains("<legend><span class=\"qnum\">Question 4</span> How many soldiers did the hill "
                + "clans field?</legend>\n  <p class=\"hint\">Answer with a number.</p>"), page);
        assertTrue(page.contains("<option value=\"\">Position…</option><option>1</option>"), "ordering preview");
    }

    @Test
    void anItemKeepsItsNumberOnTheQueueTheItemListAndPublishing() {
        Queue q = pendingQueue("numbers");
        List<Question> items = q.items();
        q.session().postForm(q.path("/items/" + items.get(0).id + "/reject"), Map.of("reason", "UNCLEAR")).then()
                .statusCode(303);
        String third = "Item 3 · Multiple answers";
        assertTrue(page(q, "").contains(third));
        q.session().get(q.path("")).then().statusCode(200).body(containsString(third))
                .body(not(containsString("Item 1 · "))).body(containsString("item 7 (Ordering: "));
        q.session().get(q.path("/publish")).then().statusCode(200)
                .body(containsString("<li value=\"3\"><span class=\"muted\">Multiple answers:</span>"));
    }
}
