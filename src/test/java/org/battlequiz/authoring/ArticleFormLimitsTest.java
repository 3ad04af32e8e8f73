package org.battlequiz.authoring;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The article form states its size limits, and a form over them comes back filled in on the usual layout. */
@QuarkusTest
class ArticleFormLimitsTest {
    private static final String LAYOUT = "<a class=\"skip-link\" href=\"#main\">";

    @TestHTTPResource("/")
    URL root;

    private Teachers.Account teacher;

    @BeforeEach
    void logIn() {
        teacher = Teachers.teacher("limits");
    }

    @Test
    void theFormStatesItsSizeLimitsBesideTheFields() {
        teacher.session().get("/teach/new").then().statusCode(200)
                .body(containsString("Size limit: at most 1,000,000 characters."))
                .body(containsString("Size limit: at most 1 MB."))
                .body(containsString("name=\"title\" type=\"text\" value=\"\""));
    }

    @Test
    void aPasteOverTheLimitComesBackWithTheLimitTheTitleAndTheText() {
        for (int chars : new int[] {1_000_001, 3_000_000}) {
            String page = Teachers.postMultipart(teacher.session(), "/teach/sets",
                            Map.of("title", "Hastings for 9B", "text", "x".repeat(chars)), null, null, null)
                    .then().statusCode(413).contentType(startsWith("text/html"))
                    .body(containsString(LAYOUT))
                    .body(containsString("The pasted article has " + String.format("%,d", chars) + " characters; "
                            + "at most 1,000,000 characters can be read."))
                    .body(containsString("value=\"Hastings for 9B\""))
                    .extract().asString();
            assertTrue(page.contains("x".repeat(chars) + "</textarea>"), "the pasted text is kept");
        }
    }

    @Test
    void aFileOverTheLimitComesBackWithTheLimitAndTheTitle() {
        Teachers.postMultipart(teacher.session(), "/teach/sets", Map.of("title", "Hastings for 9B"), "file",
                        "big.txt", "y".repeat(1_048_577).getBytes())
                .then().statusCode(413).body(containsString(LAYOUT))
                .body(containsString("The file is 1025 KB; at most 1 MB can be read."))
                .body(containsString("value=\"Hastings for 9B\""));
    }

    /** As a browser sends it: with its length declared, which is all the server reads of it. */
    @Test
    void aFormTooLargeToReadLandsOnTheFormPageStatingTheLimits() throws Exception {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.getOutputStream().write(("POST /teach/sets HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: " + 17 * 1024 * 1024
                    + "\r\n\r\n--b\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            socket.setSoTimeout(10_000);
            BufferedReader response = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII));
            StringBuilder head = new StringBuilder();
            for (String line = response.readLine(); line != null && !line.isEmpty(); line = response.readLine()) {
                head.append(line).append('\n');
            }
            assertTrue(head.toString().startsWith("HTTP/1.1 303"), head.toString());
            assertTrue(head.toString().contains("/teach/new?too-large=1"), head.toString());
        }
        teacher.session().get("/teach/new?too-large=1").then().statusCode(200).body(containsString(LAYOUT))
                .body(containsString("too large to be read at all"))
                .body(containsString("at most 1,000,000 characters when pasted, or be a file of at most 1 MB"));
    }

    @Test
    void aTitleIsCheckedAndNamesTheNewSet() throws Exception {
        String article = Files.readString(AuthoringFlowTest.SEED);
        Teachers.postMultipart(teacher.session(), "/teach/sets", Map.of("title", "t".repeat(201), "text", article),
                null, null, null).then().statusCode(422)
                .body(containsString("The title can have at most 200 characters."))
                .body(containsString("al-Qusayr"));
        String location = Teachers.postMultipart(teacher.session(), "/teach/sets",
                        Map.of("title", "  Qusayr for 10A ", "text", article), null, null, null)
                .then().statusCode(303).extract().header("Location");
        long setId = Long.parseLong(location.replaceAll(".*/sets/(\\d+)/review$", "$1"));
        assertEquals("Qusayr for 10A", QuarkusTransaction.requiringNew().call(() ->
                QuestionSet.<QuestionSet>findById(setId).title));
    }
}
