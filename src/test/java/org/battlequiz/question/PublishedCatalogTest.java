package org.battlequiz.question;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.function.Predicate;
import org.battlequiz.support.QuizFixtures;
import org.junit.jupiter.api.Test;

/**
 * The home page's list of sets is kept in memory, and any committed change to sets (by this instance, another one
 * or a direct update) reaches it through the database's catalog signal.
 */
@QuarkusTest
class PublishedCatalogTest {
    /** The home page once it satisfies the condition, polling while the signal travels; the last page otherwise. */
    private static String homeOnce(Predicate<String> condition) throws InterruptedException {
        String page = "";
        for (int tries = 0; tries < 50; tries++) {
            page = given().get("/").then().statusCode(200).extract().asString();
            if (condition.test(page)) {
                return page;
            }
            Thread.sleep(100);
        }
        return page;
    }

    @Test
    void aSetPublishedAfterTheListWasKeptIsListedAndARetitledOneShowsItsNewTitle() throws InterruptedException {
        given().get("/").then().statusCode(200);
        String title = "Catalog check " + System.nanoTime();
        long setId = QuizFixtures.publishedSetWithEveryType(title);
        assertTrue(homeOnce(page -> page.contains(title)).contains(title), "the new set is listed");

        String renamed = "Catalog renamed " + System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> QuestionSet.<QuestionSet>findById(setId).title = renamed);
        String page = homeOnce(p -> p.contains(renamed) && !p.contains(title));
        assertTrue(page.contains(renamed) && !page.contains(title), "the set shows its new title only");

        QuarkusTransaction.requiringNew().run(() -> QuestionSet.<QuestionSet>findById(setId).status = SetStatus.ARCHIVED);
        assertTrue(!homeOnce(p -> !p.contains(renamed)).contains(renamed), "an archived set is no longer listed");
    }
}
