package org.battlequiz.web;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.battlequiz.support.ApiClient;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiHappyPathTest {
    private static final Path SEED = Path.of("questions/articles/00_second-battle-of-al-qusayr.txt");

    private static String seed() throws IOException {
        return Files.readString(SEED);
    }

    @Test
    void factsOfTheSeedArticle() throws IOException {
        ApiClient.fromFreshClient().contentType("text/plain; charset=UTF-8").body(seed())
                .post("/api/facts").then().statusCode(200).contentType(ContentType.JSON)
                .body("title", equalTo("Second Battle of al-Qusayr"))
                .body("dateStart", equalTo("2013-05-19"))
                .body("sides", hasSize(2))
                .body("sides", everyItem(hasKey("belligerents")));
    }

    @Test
    void questionsOfTheSeedArticleCiteTheirSources() throws IOException {
        Map<String, Object> json = ApiClient.fromFreshClient().contentType("text/plain; charset=UTF-8").body(seed())
                .post("/api/questions").then().statusCode(200).contentType(ContentType.JSON)
                .body("title", notNullValue())
                .body("questions", not(hasSize(0)))
                .body("dropped", notNullValue())
                .extract().jsonPath().getMap("$");
        String text = seed();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> questions = (List<Map<String, Object>>) json.get("questions");
        for (Map<String, Object> question : questions) {
            assertTrue(question.get("prompt") instanceof String);
            String source = (String) question.get("source");
            assertFalse(source == null || source.isBlank(), "every item cites a source: " + question);
            String type = (String) question.get("type");
            if (type.equals("single_choice") || type.equals("true_false")) {
                assertTrue(((List<?>) question.get("options")).contains(question.get("answer")), question.toString());
            }
            if (type.equals("numeric")) {
                assertTrue(question.get("answer") instanceof Number, question.toString());
            }
        }
        assertTrue(text.length() > 0);
    }

    @Test
    void wikitextIsDetectedAndGivesTheSameKindOfFactsAndQuestions() throws IOException {
        String wiki = Files.readString(Path.of("src/test/resources/wikitext/24_mosul.wiki"));
        ApiClient.fromFreshClient().contentType("text/plain; charset=UTF-8").body(wiki)
                .post("/api/facts").then().statusCode(200).contentType(ContentType.JSON)
                .body("dateEnd", equalTo("2017-07-20"))
                .body("winner", equalTo(0))
                .body("sides", hasSize(3))
                .body("sides[2].commanders[0].name", equalTo("Stephen J. Townsend"));
        List<Map<String, Object>> questions = ApiClient.fromFreshClient().contentType("text/plain; charset=UTF-8")
                .body(wiki).post("/api/questions").then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath().getList("questions");
        assertTrue(questions.size() >= 6, "questions: " + questions.size());
        // the title names its years, "(2016–2017)", so no item asks the year
        assertTrue(questions.stream().map(q -> q.get("type")).distinct().count() >= 3, questions.toString());
        assertTrue(questions.stream().allMatch(q -> q.get("source") instanceof String s && !s.isBlank()));
    }

    @Test
    void plainTextThatIsNotABattleArticleIsRefusedWithWhatWasExpected() {
        ApiClient.fromFreshClient().contentType("text/plain")
                .body("Shopping list\n\nEggs, flour and milk. Then bake the cake for forty minutes.\n")
                .post("/api/facts").then().statusCode(422).contentType(ContentType.JSON)
                .body("error", notNullValue());
    }
}
