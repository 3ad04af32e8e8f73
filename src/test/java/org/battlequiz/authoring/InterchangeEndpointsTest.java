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
    @jakarta.inject.Inject
    ImportService imports;


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

    private static byte[] fixture(String name) throws java.io.IOException {
        try (var in = InterchangeEndpointsTest.class.getResourceAsStream("/interchange/" + name)) {
            return in.readAllBytes();
        }
    }

    /** Uploads a file, checks its preview stored nothing, confirms it and returns the preview page. */
    private static String importConfirmed(BrowserSession session, long setId, String format, String name, byte[] file) {
        int before = contents(setId).size();
        String preview = Teachers.postMultipart(session, "/teach/sets/" + setId + "/import", Map.of("format", format),
                "file", name, file).then().statusCode(303).extract().header("Location");
        String page = session.get(preview).then().statusCode(200).extract().asString();
        assertEquals(before, contents(setId).size(), "nothing is stored before the teacher confirms");
        session.postForm(preview + "/confirm", Map.of()).then().statusCode(303);
        session.postForm(preview + "/confirm", Map.of()).then().statusCode(303);
        return page;
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
            importConfirmed(teacher.session(), xmlCopy, "moodle-xml", "set.xml", xml.asByteArray());
            assertEquals(original, contents(xmlCopy), "Moodle XML round trip of set " + setId);

            Response gift = teacher.session().get("/sets/" + setId + "/export?format=gift");
            gift.then().statusCode(200);
            int skipped = Integer.parseInt(gift.header("X-Skipped-Items"));
            long giftCopy = blankSet(teacher.session(), "GIFT copy " + setId);
            importConfirmed(teacher.session(), giftCopy, "gift", "set.gift", gift.asByteArray());
            List<QuestionContent> giftItems = contents(giftCopy);
            assertEquals(original.size() - skipped, giftItems.size(), "GIFT keeps every expressible item");
            assertEquals(original.stream().filter(giftItems::contains).count(), (long) giftItems.size());

            teacher.session().get("/sets/" + setId + "/export?format=csv").then().statusCode(200)
                    .contentType(startsWith("text/csv"));
        }
    }

    @Test
    void aBadQuestionIsNamedWithItsLineAndABadFileIsRefusedWithNothingImported() {
        Teachers.Account teacher = Teachers.teacher("importer");
        long setId = Teachers.ownedSet(teacher.username(), SetStatus.DRAFT);
        int before = contents(setId).size();
        String gift = "::ok:: The ford was crossed at dawn. {T}\n\n::broken:: Who won? {=The clans ~\n";
        String preview = Teachers.postMultipart(teacher.session(), "/teach/sets/" + setId + "/import",
                Map.of("format", "gift"), "file", "bad.gift", gift.getBytes(StandardCharsets.UTF_8))
                .then().statusCode(303).extract().header("Location");
        teacher.session().get(preview).then().statusCode(200).body(containsString("line 3"))
                .body(containsString("Cannot be imported:</strong> the answer block"));
        teacher.session().postForm(preview + "/discard", Map.of()).then().statusCode(303);
        teacher.session().postForm(preview + "/confirm", Map.of()).then().statusCode(303);
        Teachers.postMultipart(teacher.session(), "/teach/sets/" + setId + "/import",
                        Map.of("format", "moodle-xml"), "file", "bad.xml",
                        "<quiz><question type=\"multichoice\">".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(422).body(containsString("Nothing was imported"));
        assertEquals(before, contents(setId).size());
    }

    @Test
    void scriptInAnImportedQuestionIsNeverRendered() {
        Teachers.Account teacher = Teachers.teacher("scripted");
        long setId = Teachers.ownedSet(teacher.username(), SetStatus.DRAFT);
        byte[] gift = "::xss::[html]<p>Was the ford <script>alert(1)</script>crossed <img src=x onerror=alert(2)>at dawn?</p>{T}\n"
                .getBytes(StandardCharsets.UTF_8);
        String preview = Teachers.postMultipart(teacher.session(), "/teach/sets/" + setId + "/import",
                Map.of("format", "gift"), "file", "xss.gift", gift).then().statusCode(303).extract().header("Location");
        teacher.session().get(preview).then().statusCode(200).body(containsString("crossed"))
                .body(org.hamcrest.Matchers.not(containsString("<script>alert")))
                .body(org.hamcrest.Matchers.not(containsString("onerror=alert")));
        teacher.session().postForm(preview + "/confirm", Map.of()).then().statusCode(303);
        teacher.session().get("/teach/sets/" + setId).then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("<script>alert")))
                .body(org.hamcrest.Matchers.not(containsString("onerror=alert")));
    }

    @Test
    void aPreviewNeverConfirmedIsThrownAwayOnceOlderThanItsLifetime() {
        Teachers.Account teacher = Teachers.teacher("forgetful");
        long setId = Teachers.ownedSet(teacher.username(), SetStatus.DRAFT);
        byte[] gift = "::ok:: The ford was crossed at dawn. {T}\n".getBytes(StandardCharsets.UTF_8);
        String old = Teachers.postMultipart(teacher.session(), "/teach/sets/" + setId + "/import",
                Map.of("format", "gift"), "file", "old.gift", gift).then().statusCode(303).extract().header("Location");
        String fresh = Teachers.postMultipart(teacher.session(), "/teach/sets/" + setId + "/import",
                Map.of("format", "gift"), "file", "new.gift", gift).then().statusCode(303).extract().header("Location");
        long oldId = Long.parseLong(old.substring(old.lastIndexOf('/') + 1));
        QuarkusTransaction.requiringNew().run(() -> PendingImport.update(
                "createdAt = ?1 where id = ?2", java.time.OffsetDateTime.now().minusDays(2), oldId));
        imports.sweepAbandoned();
        teacher.session().get(old).then().statusCode(303);
        teacher.session().get(fresh).then().statusCode(200).body(containsString("new.gift"));
    }

    @Test
    void importedDetailsAreStoredAndTheSetPageNamesWhatGiftLeavesOut() throws Exception {
        Teachers.Account teacher = Teachers.teacher("details");
        long setId = blankSet(teacher.session(), "Fixture copy");
        byte[] xml = fixture("battles.xml");
        importConfirmed(teacher.session(), setId, "moodle-xml", "battles.xml", xml);
        List<QuestionContent> expected = org.battlequiz.authoring.interchange.Interchange.importText(
                org.battlequiz.authoring.interchange.Format.MOODLE_XML, new String(xml, StandardCharsets.UTF_8)).items();
        List<QuestionContent> stored = QuarkusTransaction.requiringNew().call(() -> Question.<Question>list(
                "questionSet.id = ?1 order by position", setId).stream().map(Question::content).toList());
        assertEquals(expected, stored);
        teacher.session().get("/teach/sets/" + setId).then().statusCode(200)
                .body(containsString("id=\"gift-left-out\""))
                .body(containsString("item 7 (Ordering: GIFT has no ordering questions)"));
    }

    @Test
    void thePreviewNamesWhatCannotBeImportedAndOnlyTheOwnerSeesOrConfirmsIt() throws Exception {
        Teachers.Account teacher = Teachers.teacher("preview");
        long setId = blankSet(teacher.session(), "Mixed file");
        byte[] xml = fixture("mixed.xml");
        String preview = Teachers.postMultipart(teacher.session(), "/teach/sets/" + setId + "/import",
                Map.of("format", "moodle-xml"), "file", "mixed.xml", xml).then().statusCode(303).extract().header("Location");
        Teachers.Account other = Teachers.teacher("intruder");
        other.session().get(preview).then().statusCode(403);
        other.session().postForm(preview + "/confirm", Map.of()).then().statusCode(403);
        teacher.session().get(preview).then().statusCode(200)
                .body(containsString("1 will be imported"))
                .body(containsString("question 1 &quot;Why Hastings&quot; (type essay)"))
                .body(containsString("Cannot be imported:</strong> this question type cannot be imported"));
        teacher.session().postForm(preview + "/confirm", Map.of()).then().statusCode(303);
        assertEquals(1, contents(setId).size());
    }

    @Test
    void filesOverTheLimitsGetAPageThatSaysTheLimit() {
        Teachers.Account teacher = Teachers.teacher("limits");
        long setId = blankSet(teacher.session(), "Limits");
        teacher.session().get("/teach/sets/" + setId).then().statusCode(200)
                .body(containsString("At most 1 MB per file, 500 questions per file and 50 answers per question"));
        byte[] big = new byte[1024 * 1024 + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        Teachers.postMultipart(teacher.session(), "/teach/sets/" + setId + "/import", Map.of("format", "gift"),
                "file", "big.gift", big).then().statusCode(413).contentType(startsWith("text/html"))
                .body(containsString("at most 1 MB can be imported"));
        byte[] huge = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        Teachers.postMultipart(teacher.session(), "/teach/sets/" + setId + "/import", Map.of("format", "gift"),
                "file", "huge.gift", huge).then().statusCode(413).contentType(startsWith("text/html"))
                .body(containsString("at most 1 MB can be imported"));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 501; i++) {
            many.append("Q").append(i).append("?{T}\n\n");
        }
        Teachers.postMultipart(teacher.session(), "/teach/sets/" + setId + "/import", Map.of("format", "gift"),
                "file", "many.gift", many.toString().getBytes(StandardCharsets.UTF_8)).then().statusCode(422)
                .body(containsString("the file holds 501 questions, and at most 500 can be imported at once"));
        StringBuilder answers = new StringBuilder("Which?{=a0");
        for (int i = 1; i <= 50; i++) {
            answers.append(" ~a").append(i);
        }
        Teachers.postMultipart(teacher.session(), "/teach/sets/" + setId + "/import", Map.of("format", "gift"),
                "file", "answers.gift", answers.append("}").toString().getBytes(StandardCharsets.UTF_8))
                .then().statusCode(422).body(containsString("line 1 has 51 answers, and a question may have at most 50"));
        assertEquals(0, contents(setId).size());
    }

    @Test
    void anUnknownFormatIsABadRequest() {
        Teachers.Account teacher = Teachers.teacher("formats");
        long setId = Teachers.ownedSet(teacher.username(), SetStatus.DRAFT);
        teacher.session().get("/sets/" + setId + "/export?format=docx").then().statusCode(400)
                .body(containsString("use gift, moodle-xml or csv"));
    }
}
