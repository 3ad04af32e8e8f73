package org.battlequiz.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import java.util.Map;
import org.battlequiz.support.BrowserSession;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountFlowTest {

    @Test
    void registerLoginSeeHistoryAndLogOut() {
        BrowserSession browser = new BrowserSession();
        String name = BrowserSession.uniqueName("ada");
        browser.register(name, BrowserSession.PASSWORD, "learner").then().statusCode(303)
                .header("Location", endsWith("/login?registered=true"));
        Response login = browser.login(name, BrowserSession.PASSWORD);
        login.then().statusCode(302).header("Location", endsWith("/"));
        Cookie session = login.getDetailedCookie(BrowserSession.SESSION_COOKIE);
        assertTrue(session.isHttpOnly());
        assertTrue(session.getSameSite().equalsIgnoreCase("lax"));
        browser.get("/history").then().statusCode(200).body(containsString("My history")).body(containsString(name));
        browser.postForm("/logout", Map.of()).then().statusCode(303);
        assertNull(browser.cookie(BrowserSession.SESSION_COOKIE));
        browser.get("/history").then().statusCode(302).header("Location", endsWith("/login"));
    }

    @Test
    void csrfCookieIsHttpOnlyAndStrict() {
        Cookie csrf = given().get("/register").getDetailedCookie(BrowserSession.CSRF_FIELD);
        assertNotNull(csrf);
        assertTrue(csrf.isHttpOnly());
        assertTrue(csrf.getSameSite().equalsIgnoreCase("strict"));
    }

    @Test
    void registrationFormShowsErrorsAndKeepsTheUsername() {
        new BrowserSession().register("ok_name", "short", "admin").then().statusCode(422)
                .body(containsString("8 to 64 characters"))
                .body(containsString("choose learner or teacher"))
                .body(containsString("value=\"ok_name\""));
    }

    @Test
    void passwordsBeyond72BytesAreRefusedWithAClearMessage() {
        new BrowserSession().register(BrowserSession.uniqueName("eve"), "\u00e9".repeat(40), "learner")
                .then().statusCode(422).body(containsString("72"));
    }

    @Test
    void aLoginPasswordBeyond72BytesNeverMatchesEvenWhenItsFirst72BytesDo() {
        String password = "\u00e9".repeat(36);
        String name = BrowserSession.uniqueName("accent");
        BrowserSession browser = new BrowserSession();
        browser.register(name, password, "learner").then().statusCode(303);
        browser.login(name, password + "x").then().statusCode(302)
                .header("Location", containsString("/login?error=true"));
        browser.login(name, password).then().statusCode(302).header("Location", endsWith("/"));
    }

    @Test
    void commonPasswordsAndTheUsernameAreRefusedAtRegistration() {
        String name = BrowserSession.uniqueName("common");
        new BrowserSession().register(name, "password1", "learner").then().statusCode(422)
                .body(containsString("most common passwords"));
        new BrowserSession().register(name, name, "learner").then().statusCode(422)
                .body(containsString("must not be your username"));
    }

    @Test
    void usernamesAreUniqueIgnoringCase() {
        String name = BrowserSession.uniqueName("Bob");
        new BrowserSession().register(name, BrowserSession.PASSWORD, "learner").then().statusCode(303);
        new BrowserSession().register(name.toLowerCase(), BrowserSession.PASSWORD, "teacher").then().statusCode(422)
                .body(containsString("is taken"));
    }

    @Test
    void a64CharacterPasswordIsKeptWhole() {
        String password = "p".repeat(63) + "!";
        String name = BrowserSession.uniqueName("long");
        BrowserSession browser = new BrowserSession();
        browser.register(name, password, "learner").then().statusCode(303);
        browser.login(name, password.substring(0, 63) + "?").then().statusCode(302)
                .header("Location", containsString("/login?error=true"));
        browser.login(name, password).then().statusCode(302).header("Location", endsWith("/"));
    }

    @Test
    void wrongPasswordShowsTheLoginPageWithAnError() {
        new BrowserSession().get("/login?error=true").then().statusCode(200)
                .body(containsString("Wrong username or password"));
    }

    @Test
    void aFormPostWithoutCsrfTokenIsRefused() {
        given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("username", BrowserSession.uniqueName("mallory"))
                .formParam("password", BrowserSession.PASSWORD).formParam("role", "learner")
                .post("/register").then().statusCode(400);
    }

    @Test
    void aFormPostWithAForgedCsrfTokenIsRefused() {
        BrowserSession browser = new BrowserSession();
        browser.get("/register");
        browser.request().contentType(ContentType.URLENC).formParam("username", BrowserSession.uniqueName("mallory"))
                .formParam("password", BrowserSession.PASSWORD).formParam("role", "learner")
                .formParam(BrowserSession.CSRF_FIELD, "forged-token-value")
                .post("/register").then().statusCode(400);
    }

    @Test
    void aCrossSiteLoginIsRefused() {
        String name = BrowserSession.uniqueName("victim");
        new BrowserSession().register(name, BrowserSession.PASSWORD, "learner").then().statusCode(303);
        given().redirects().follow(false).header("Origin", "https://attacker.example")
                .contentType(ContentType.URLENC).formParam("j_username", name)
                .formParam("j_password", BrowserSession.PASSWORD)
                .post("/login").then().statusCode(403);
        given().redirects().follow(false).header("Sec-Fetch-Site", "cross-site")
                .contentType(ContentType.URLENC).formParam("j_username", name)
                .formParam("j_password", BrowserSession.PASSWORD)
                .post("/login").then().statusCode(403);
    }

    @Test
    void everyPageFormCarriesACsrfToken() {
        for (String page : new String[] {"/register", "/login"}) {
            given().get(page).then().statusCode(200).body(containsString("name=\"csrf-token\""));
        }
    }
}
