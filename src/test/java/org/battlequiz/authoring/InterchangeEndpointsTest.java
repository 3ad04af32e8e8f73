package org.battlequiz.authoring;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.battlequiz.question.Question;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.generation.item.QuestionType;
import org.battlequiz.question.SetStatus;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.api.Test;

/** Export then import through the HTTP endpoints, over the shipped set of every shared article. */
@QuarkusTest
class InterchangeEndpointsTest {

    private static List<Long> shippedSets() {
        return QuarkusTransaction.requiringNew().call(() -> QuestionSet.<QuestionSet>list(
                "owner is null and status = ?1 order by id", SetStatus.PUBLISHED).stream().map(s -> s.id).toList());
    }

    private static List<QuestionContent> contents(long setId) {
        return QuarkusTransaction.requiringNew().call(() -> Question.<Question>list(
                "questionSet.id = ?1 and reviewStatus <> 'REJECTED' order by position", setId).stream()
                .map(q -> normalized(q.content())).toList());
    }

    /** What a round trip must keep: everything a learner or teacher sees; multiple-select keys in option order. */
    private static QuestionContent normalized(QuestionContent item) {
        List<String> keys = item.type() == QuestionType.MULTIPLE_SELECT
                ? item.options().stream().filter(item.keys()::contains).toList() : item.keys();
        return new QuestionContent(item.type(), item.prompt(), item.stems(), item.options(), keys, item.tolerance(),
                blankToNull(item.explanation()), blankToNull(item.source()), null, null, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static long blankSet(BrowserSession teacher, String title) {
        String location = teacher.postForm("/teach/sets/blank", Map.of("title", title)).then().statusCode(303)
                .extract().header("Location");
        return Long.parseLong(location.replaceAll(".*/sets/(\\d+)$", "$1"));
    }

    @Test
    void moodleXmlAndGiftRoundTripsKeepEveryItemOfEveryShippedSet() {
        Teachers.Account teacher = Teachers.teacher("roundtrip");
        List<Long> shipped = shippedSets();
        assertEquals(6, shipped.size(), "one shipped set per shared article");
        for (long setId : shipped) {
            List<QuestionContent> original = contents(setId);
            assertFalse(original.isEmpty());
            Response xml = teacher.session().get("/sets/" + setId + "/export?format=moodle-xml");
            xml.then().statusCode(200).contentType(startsWith("application/xml"))
                    .header("Content-Disposition", startsWith("attachment; filename=\"set-" + setId));
            long xmlCopy = blankSet(teacher.session(), "XML copy " + setId);
            Teachers.postMultipart(teacher.session(), "/teach/sets/" + xmlCopy + "/import",
                    Map.of("format", "moodle-xml"), "file", "set.xml", xml.asByteArray()).then().statusCode(303);
            assertEquals(original, contents(xmlCopy), "Moodle XML round trip of set " + setId);

            Response gift = teacher.session().get("/sets/" + setId + "/export?format=gift");
            gift.then().statusCode(200);
            int skipped = Integer.parseInt(gift.header("X-Skipped-Items"));
            long giftCopy = blankSet(teacher.session(), "GIFT copy " + setId);
            Teachers.postMultipart(teacher.session(), "/teach/sets/" + giftCopy + "/import",
                    Map.of("format", "gift"), "file", "set.gift", gift.asByteArray()).then().statusCode(303);
            List<QuestionContent> giftItems = contents(giftCopy);
            assertEquals(original.size() - skipped, giftItems.size(), "GIFT keeps every expressible item");
            assertEquals(original.stream().filter(giftItems::contains).count(), (long) giftItems.size());

            teacher.session().get("/sets/" + setId + "/export?format=csv").then().statusCode(200)
                    .contentType(startsWith("text/csv"));
        }
    }

    @Test
    void aBadFileIsRefusedWithTheLineAtFaultAndNothingIsImported() {
        Teachers.Account teacher = Teachers.teacher("importer");
        long setId = Teachers.ownedSet(teacher.username(), SetStatus.DRAFT);
        int before = contents(setId).size();
        String gift = "::ok:: The ford was crossed at dawn. {T}\n\n::broken:: Who won? {=The clans ~\n";
        Teachers.postMultipart(teacher.session(), "/teach/sets/" + setId + "/import", Map.of("format", "gift"),
                        "file", "bad.gift", gift.getBytes(StandardCharsets.UTF_8))
                .then().statusCode(422).body(containsString("Nothing was imported"))
                .body(containsString("line 3"));
        Teachers.postMultipart(teacher.session(), "/teach/sets/" + setId + "/import",
                        Map.of("format", "moodle-xml"), "file", "bad.xml",
                        "<quiz><question type=\"multichoice\">".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(422).body(containsString("Nothing was imported"));
        assertEquals(before, contents(setId).size());
    }

    @Test
    void importedDetailsAreStoredAndTheSetPageNamesWhatGiftLeavesOut() throws Exception {
        Teachers.Account teacher = Teachers.teacher("details");
        long setId = blankSet(teacher.session(), "Fixture copy");
        byte[] xml;
        try (var in = getClass().getResourceAsStream("/interchange/battles.xml")) {
            xml = in.readAllBytes();
        }
        Teachers.postMultipart(teacher.session(), "/teach/sets/" + setId + "/import",
                Map.of("format", "moodle-xml"), "file", "battles.xml", xml).then().statusCode(303);
        List<QuestionContent> expected = org.battlequiz.authoring.interchange.Interchange.importText(
                org.battlequiz.authoring.interchange.Format.MOODLE_XML, new String(xml, StandardCharsets.UTF_8)).items();
        List<QuestionContent> stored = QuarkusTransaction.requiringNew().call(() -> Question.<Question>list(
                "questionSet.id = ?1 order by position", setId).stream().map(Question::content).toList());
        assertEquals(expected, stored);
        teacher.session().get("/teach/sets/" + setId).then().statusCode(200)
                .body(containsString("id=\"gift-left-out\""))
                .body(containsString("item 7 (ordering: GIFT has no ordering questions)"));
    }

    @Test
    void anUnknownFormatIsABadRequest() {
        Teachers.Account teacher = Teachers.teacher("formats");
        long setId = Teachers.ownedSet(teacher.username(), SetStatus.DRAFT);
        teacher.session().get("/sets/" + setId + "/export?format=docx").then().statusCode(400)
                .body(containsString("use gift, moodle-xml or csv"));
    }
}
