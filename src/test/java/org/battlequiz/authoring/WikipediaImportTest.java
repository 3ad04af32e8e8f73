package org.battlequiz.authoring;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.battlequiz.question.Question;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.api.Test;

/** A teacher pastes a Wikipedia address; the app fetches the wikitext (here from recorded answers) and drafts a set. */
@QuarkusTest
@WithTestResource(RecordedWikiResource.class)
class WikipediaImportTest {

    @Test
    void anArticleAddressBecomesADraftSetOfItems() {
        Teachers.Account teacher = Teachers.teacher("fetcher");
        String location = teacher.session().postForm("/teach/sets/from-address",
                        Map.of("address", "https://en.wikipedia.org/wiki/Battle_of_Harrow_Fen")).then().statusCode(303)
                .header("Location", matchesPattern(".*/teach/sets/\\d+/review$")).extract().header("Location");
        long setId = Long.parseLong(location.replaceAll(".*/sets/(\\d+)/review", "$1"));
        QuarkusTransaction.requiringNew().run(() -> {
            QuestionSet set = QuestionSet.findById(setId);
            assertEquals("Battle of Harrow Fen", set.title);
            assertTrue(Question.count("questionSet", set) >= 3);
        });
        teacher.session().get("/teach/sets/" + setId + "/facts").then().statusCode(200)
                .body(containsString("Aldous Crane"));
    }

    @Test
    void aMissingPageKeepsTheAddressAndSaysSo() {
        Teachers.Account teacher = Teachers.teacher("missing");
        teacher.session().postForm("/teach/sets/from-address",
                        Map.of("address", "https://en.wikipedia.org/wiki/Battle_of_Nowhere")).then().statusCode(422)
                .body(containsString("Wikipedia has no article called “Battle of Nowhere”."))
                .body(containsString("value=\"https://en.wikipedia.org/wiki/Battle_of_Nowhere\""));
    }

    @Test
    void anAddressOnAnotherHostIsNeverFetched() {
        Teachers.Account teacher = Teachers.teacher("otherhost");
        teacher.session().postForm("/teach/sets/from-address",
                        Map.of("address", "http://127.0.0.1:5432/wiki/Battle_of_Harrow_Fen")).then().statusCode(422)
                .body(containsString("127.0.0.1 is not one of them"));
    }

    @Test
    void aWikiThatDoesNotAnswerInTimeGivesAMessageNotAnError() {
        Teachers.Account teacher = Teachers.teacher("slowwiki");
        teacher.session().postForm("/teach/sets/from-address",
                        Map.of("address", "https://en.wikipedia.org/wiki/Battle_of_Slow_Marsh")).then().statusCode(422)
                .body(containsString("Wikipedia did not answer within"));
    }

    @Test
    void aPageThatIsNotABattleIsRefusedWithTheParsersReason() {
        Teachers.Account teacher = Teachers.teacher("notbattle");
        teacher.session().postForm("/teach/sets/from-address",
                        Map.of("address", "https://simple.wikipedia.org/wiki/Harrow_Fen")).then()
                .statusCode(422).body(containsString("value=\"https://simple.wikipedia.org/wiki/Harrow_Fen\""))
                .body(org.hamcrest.Matchers.not(containsString("Wikipedia has no article")));
    }
}
