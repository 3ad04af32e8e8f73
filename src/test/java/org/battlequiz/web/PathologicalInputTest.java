package org.battlequiz.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.battlequiz.support.ApiClient;
import org.battlequiz.support.PathologicalArticles;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs made to exhaust the CPU or the stack (digit and space runs, 200,000 lines, 100,000 '[' and '|', deeply
 * nested links and templates) are answered within two seconds by both API endpoints and the teacher's form,
 * with a result or a clear refusal, never a 500.
 */
@QuarkusTest
class PathologicalInputTest {
    private static final long BOUND_NANOS = 2_000_000_000L;
    private static final Set<Integer> ANSWERS = Set.of(200, 303, 413, 422);
    private static boolean warm;

    /** The bound is on the input's work, not on the first compilation of the code that reads it. */
    @BeforeEach
    void warmUp() throws Exception {
        if (warm) {
            return;
        }
        warm = true;
        String article = Files.readString(Path.of("src/test/resources/articles/10_cannae.txt"));
        for (int i = 0; i < 5; i++) {
            for (String endpoint : new String[] {"/api/facts", "/api/questions"}) {
                ApiClient.fromFreshClient().contentType("text/plain; charset=UTF-8").body(article).post(endpoint)
                        .then().statusCode(200);
            }
        }
    }

    static Stream<Arguments> inputs() {
        return PathologicalArticles.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void theFactsApiAnswersWithinTwoSeconds(String name, String article) {
        answersInTime(name, () -> ApiClient.fromFreshClient().contentType("text/plain; charset=UTF-8").body(article)
                .post("/api/facts"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void theQuestionsApiAnswersWithinTwoSeconds(String name, String article) {
        answersInTime(name, () -> ApiClient.fromFreshClient().contentType("text/plain; charset=UTF-8").body(article)
                .post("/api/questions"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void theTeacherFormAnswersWithinTwoSeconds(String name, String article) {
        Teachers.Account teacher = Teachers.teacher("heavy");
        teacher.session().get("/teach/new").then().statusCode(200);
        answersInTime(name, () -> Teachers.postMultipart(teacher.session(), "/teach/sets", Map.of("text", article),
                "file", null, null));
    }

    private static void answersInTime(String name, Supplier<Response> request) {
        long start = System.nanoTime();
        Response response = request.get();
        long took = System.nanoTime() - start;
        assertTrue(ANSWERS.contains(response.statusCode()), name + ": status " + response.statusCode());
        assertTrue(took < BOUND_NANOS, name + " took " + took / 1_000_000 + " ms");
    }
}
