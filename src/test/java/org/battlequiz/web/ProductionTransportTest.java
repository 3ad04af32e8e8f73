package org.battlequiz.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.battlequiz.support.BrowserSession;
import org.junit.jupiter.api.Test;

/**
 * The settings the README gives for running behind a TLS-terminating proxy: HSTS, __Host- cookies that are always
 * Secure, and X-Forwarded-For believed only from the configured proxy (here not the test client's address).
 */
@QuarkusTest
@TestProfile(ProductionTransportTest.BehindTls.class)
class ProductionTransportTest {
    private static final String SESSION_COOKIE = "__Host-battlequiz-session";
    private static final String CSRF_COOKIE = "__Host-csrf-token";

    public static class BehindTls implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "battlequiz.transport.hsts", "true",
                    "battlequiz.session.cookie-name", SESSION_COOKIE,
                    "battlequiz.session.cookie-secure", "true",
                    "quarkus.rest-csrf.cookie-name", CSRF_COOKIE,
                    "quarkus.rest-csrf.cookie-force-secure", "true",
                    "quarkus.http.proxy.trusted-proxies", "10.0.0.5",
                    "battlequiz.rate-limit.capacity", "3",
                    "battlequiz.rate-limit.refill-per-minute", "1");
        }
    }

    @Test
    void v3_4_1_everyResponseAsksForHttpsFromNowOn() {
        for (String path : List.of("/", "/login", "/no-such-page", "/css/app.css")) {
            client().get(path).then().header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    @Test
    void v3_3_1_sessionAndCsrfCookiesAreHostOnlyAndSecure() {
        Response page = client().get("/register");
        String csrfHeader = setCookie(page, CSRF_COOKIE);
        assertTrue(csrfHeader.contains("Secure"), csrfHeader);
        String csrf = page.getCookie(CSRF_COOKIE);
        String username = BrowserSession.uniqueName("secure");
        Map<String, String> account = Map.of("username", username, "password", BrowserSession.PASSWORD,
                "role", "learner", "csrf-token", csrf);
        client().cookie(CSRF_COOKIE, csrf).contentType(ContentType.URLENC).formParams(account).post("/register")
                .then().statusCode(303);
        Response login = client().cookie(CSRF_COOKIE, csrf).contentType(ContentType.URLENC)
                .formParams(Map.of("j_username", username, "j_password", BrowserSession.PASSWORD, "csrf-token", csrf))
                .post("/login");
        login.then().statusCode(302);
        String sessionHeader = setCookie(login, SESSION_COOKIE);
        assertTrue(sessionHeader.contains("Secure") && sessionHeader.contains("HttpOnly")
                && sessionHeader.contains("Path=/"), sessionHeader);
        assertFalse(sessionHeader.toLowerCase().contains("domain="), sessionHeader);
        client().cookie(SESSION_COOKIE, login.getCookie(SESSION_COOKIE)).get("/history").then().statusCode(200)
                .body(containsString(username)).header("Cache-Control", "no-store");
    }

    @Test
    void v3_3_1_theUnprefixedCookieNameIsNotAccepted() {
        client().cookie("battlequiz-session", "anything").get("/history").then().statusCode(302)
                .header("Location", containsString("/login"));
    }

    @Test
    void aRotatingForwardedForFromAnUntrustedAddressDoesNotEscapeTheRateLimit() {
        int refused = 0;
        for (int i = 1; i <= 5; i++) {
            int status = client().header("X-Forwarded-For", "198.51.100." + i).get("/api/no-such-route").statusCode();
            refused += status == 429 ? 1 : 0;
        }
        assertEquals(2, refused, "three requests are free, then the one client address is limited");
    }

    private static RequestSpecification client() {
        return given().redirects().follow(false);
    }

    private static String setCookie(Response response, String name) {
        return response.getHeaders().getValues("Set-Cookie").stream().filter(h -> h.startsWith(name + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " cookie was set"));
    }
}
