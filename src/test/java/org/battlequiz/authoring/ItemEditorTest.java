package org.battlequiz.authoring;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.battlequiz.generation.item.QuestionType;
import org.battlequiz.question.Question;
import org.battlequiz.question.SetStatus;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.api.Test;

/**
 * The item editor shows the fields of the chosen type only, switches type without script, and checks each type's
 * rules field by field, keeping what was typed and saving nothing until the item is whole.
 */
@QuarkusTest
class ItemEditorTest {
    private static Teachers.Account teacher;

    private static synchronized Teachers.Account teacher() {
        if (teacher == null) {
            teacher = Teachers.teacher("editor");
        }
        return teacher;
    }

    private static long set() {
        return Teachers.ownedSet(teacher().username(), SetStatus.DRAFT);
    }

    private static List<Question> items(long setId) {
        return QuarkusTransaction.requiringNew().call(() -> Question.<Question>list(
                "questionSet.id = ?1 order by position", setId));
    }

    private static Map<String, String> fields(String type, String prompt, String stems, String options, String keys,
                                              String tolerance) {
        Map<String, String> form = new HashMap<>(Map.of("type", type, "shown", type, "prompt", prompt,
                "stems", stems, "options", options, "keys", keys, "tolerance", tolerance));
        form.put("explanation", "");
        form.put("source", "");
        return form;
    }

    private static io.restassured.response.Response add(long setId, Map<String, String> form) {
        return teacher().session().postForm("/teach/sets/" + setId + "/items", form);
    }

    @Test
    void eachTypeShowsOnlyItsFields() {
        long setId = set();
        String numeric = teacher().session().get("/teach/sets/" + setId + "/items/new?type=numeric").then()
                .statusCode(200).extract().asString();
        assertContains(numeric, "id=\"tolerance\"", "Right number", "name=\"options\" value=\"\"");
        assertLacks(numeric, "<textarea id=\"options\"", "id=\"stems\"");
        String matching = teacher().session().get("/teach/sets/" + setId + "/items/new?type=matching").then()
                .statusCode(200).extract().asString();
        assertContains(matching, "<textarea id=\"stems\"", "Their matches (one per line)", "Choices shown");
        assertLacks(matching, "id=\"tolerance\"");
        String trueFalse = teacher().session().get("/teach/sets/" + setId + "/items/new?type=true_false").then()
                .statusCode(200).extract().asString();
        assertContains(trueFalse, "id=\"key-true\"", "id=\"key-false\"", "<legend>The statement is</legend>");
        assertLacks(trueFalse, "<textarea id=\"keys\"", "<textarea id=\"options\"");
        long itemId = items(setId).get(6).id;
        teacher().session().get("/teach/sets/" + setId + "/items/" + itemId + "/edit").then().statusCode(200)
                .body(containsString("Items in the right order (one per line)"))
                .body(containsString("<option value=\"ordering\" selected>Ordering</option>"));
    }

    @Test
    void choosingAnotherTypeShowsItsFieldsKeepingTheTextAndSavingNothing() {
        long setId = set();
        Question first = items(setId).get(0);
        Map<String, String> form = fields("numeric", "How many boats crossed?", "", "Ebro\nDouro", "", "");
        form.put("shown", "single_choice");
        String page = teacher().session().postForm("/teach/sets/" + setId + "/items/" + first.id + "/edit", form)
                .then().statusCode(200).body(containsString("Nothing is saved yet")).extract().asString();
        assertContains(page, "id=\"tolerance\"", "How many boats crossed?</textarea>",
                "<input type=\"hidden\" name=\"options\" value=\"Ebro\nDouro\">", "Edit item: Number");
        assertEquals(first.prompt, items(setId).get(0).prompt);
        assertEquals(QuestionType.SINGLE_CHOICE, items(setId).get(0).type);
        Map<String, String> asked = fields("matching", "Match them.", "", "", "", "");
        asked.put("retype", "1");
        add(setId, asked).then().statusCode(200).body(containsString("<textarea id=\"stems\""));
        assertEquals(8, items(setId).size());
    }

    @Test
    void aNumericAnswerAndItsToleranceMustBeNumbers() {
        long setId = set();
        String page = add(setId, fields("numeric", "How many ships sailed?", "", "", "about 40", "five"))
                .then().statusCode(422).extract().asString();
        assertContains(page, "id=\"keys-error\"><strong>Error:</strong> The answer must be one number, such as 1200",
                "id=\"tolerance-error\"><strong>Error:</strong> The tolerance must be a number of 0 or more",
                "aria-invalid=\"true\"", "value=\"about 40\"", "value=\"five\"", "How many ships sailed?</textarea>");
        add(setId, fields("numeric", "How many ships sailed?", "", "", "40", "-2")).then().statusCode(422)
                .body(containsString("The tolerance must be a number of 0 or more"));
        add(setId, fields("date", "When?", "", "", "the spring of 1415", "")).then().statusCode(422)
                .body(containsString("one year (negative for BC"));
        assertEquals(8, items(setId).size());
        add(setId, fields("numeric", "How many ships sailed?", "", "", "-40.5", "2")).then().statusCode(303)
                .header("Location", containsString("#item-"));
        Question saved = items(setId).get(8);
        assertEquals(List.of("-40.5"), saved.keys);
        assertEquals(2.0, saved.tolerance);
        assertEquals(List.of(), saved.options);
    }

    @Test
    void choiceItemsNeedTheRightNumberOfRightOptionsAmongTheOptions() {
        long setId = set();
        add(setId, fields("single_choice", "Who won?", "", "A\nB\nC", "A\nB", "")).then().statusCode(422)
                .body(containsString("Give exactly one right option; there are 2."));
        add(setId, fields("single_choice", "Who won?", "", "A\nB\nC", "", "")).then().statusCode(422)
                .body(containsString("Give exactly one right option; there are 0."));
        add(setId, fields("single_choice", "Who won?", "", "A", "A", "")).then().statusCode(422)
                .body(containsString("id=\"options-error\"><strong>Error:</strong> Give at least two options"));
        add(setId, fields("multiple_select", "Which sides?", "", "A\nB\nC", "", "")).then().statusCode(422)
                .body(containsString("Give at least one right option."));
        add(setId, fields("multiple_select", "Which sides?", "", "A\nB\nC", "A\nD", "")).then().statusCode(422)
                .body(containsString("&quot;D&quot; is not."));
        add(setId, fields("true_false", "The ford was crossed.", "", "", "", "")).then().statusCode(422)
                .body(containsString("Choose True or False."));
        assertEquals(8, items(setId).size());
        add(setId, fields("multiple_select", "Which sides?", "", "A\nB\nC", "A\nC", "")).then().statusCode(303);
        add(setId, fields("true_false", "The ford was crossed.", "", "", "False", "")).then().statusCode(303);
        List<Question> after = items(setId);
        assertEquals(List.of("True", "False"), after.get(9).options);
        assertEquals(List.of("False"), after.get(9).keys);
    }

    @Test
    void orderingAndMatchingNeedCompleteKeysAndAClozeOneBlank() {
        long setId = set();
        add(setId, fields("ordering", "Put in order.", "", "B\nA", "A\nB\nC", "")).then().statusCode(422)
                .body(containsString("The order shown must hold the same items as the right order"));
        add(setId, fields("ordering", "Put in order.", "", "", "A", "")).then().statusCode(422)
                .body(containsString("Give at least two items in the right order"));
        add(setId, fields("matching", "Match them.", "Arven\nBrisa\nCato", "", "North\nSouth", "")).then()
                .statusCode(422).body(containsString("there are 3 items and 2 matches."));
        add(setId, fields("matching", "Match them.", "Arven\nBrisa", "North\nEast", "North\nSouth", "")).then()
                .statusCode(422).body(containsString("Every match must be among the choices shown"));
        add(setId, fields("cloze", "The ford of ____ and ____.", "", "", "Penaflor", "")).then().statusCode(422)
                .body(containsString("exactly once; the question has 2."));
        assertEquals(8, items(setId).size());
        add(setId, fields("ordering", "Put in order.", "", "", "A\nB\nC", "")).then().statusCode(303);
        add(setId, fields("matching", "Match them.", "Arven\nBrisa", "", "South\nNorth", "")).then().statusCode(303);
        List<Question> after = items(setId);
        assertEquals(List.of("B", "C", "A"), after.get(8).options, "shown in an order that is not the key");
        assertEquals(List.of("North", "South"), after.get(9).options);
        assertEquals(List.of("South", "North"), after.get(9).keys);
    }

    @Test
    void anEditFromTheItemListReturnsToThatItem() {
        long setId = set();
        Question numeric = items(setId).get(3);
        Map<String, String> form = fields("numeric", "How many soldiers?", "", "", "1900", "50");
        form.put("back", "set");
        teacher().session().postForm("/teach/sets/" + setId + "/items/" + numeric.id + "/edit", form).then()
                .statusCode(303).header("Location", endsWith("/teach/sets/" + setId + "#item-" + numeric.id));
        teacher().session().get("/teach/sets/" + setId + "/items/" + numeric.id + "/edit?back=set").then()
                .statusCode(200).body(not(containsString("/review\">Cancel")));
    }

    private static void assertContains(String page, String... parts) {
        for (String part : parts) {
            org.junit.jupiter.api.Assertions.assertTrue(page.contains(part), part + " in\n" + page);
        }
    }

    private static void assertLacks(String page, String... parts) {
        for (String part : parts) {
            org.junit.jupiter.api.Assertions.assertFalse(page.contains(part), part + " not in\n" + page);
        }
    }
}
