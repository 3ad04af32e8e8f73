package org.battlequiz.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.battlequiz.support.ApiClient;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.api.Test;

/** Failed logins and registrations are counted in PostgreSQL per account and per address, with growing delays. */
@QuarkusTest
class ThrottlingTest {
    private static final String WRONG = "not the password";

    /** A login from the given address, as a browser would send it, with its own CSRF token. */
    static Response login(String address, String username, String password) {
        BrowserSession browser = new BrowserSession(address);
        browser.get("/login");
        return browser.request().contentType(ContentType.URLENC)
                .formParam("j_username", username).formParam("j_password", password)
                .formParam(BrowserSession.CSRF_FIELD, browser.cookie(BrowserSession.CSRF_FIELD)).post("/login");
    }

    static Response register(String address, String username) {
        BrowserSession browser = new BrowserSession(address);
        browser.get("/register");
        return browser.request().contentType(ContentType.URLENC)
                .formParam("username", username).formParam("password", BrowserSession.PASSWORD)
                .formParam("role", "learner")
                .formParam(BrowserSession.CSRF_FIELD, browser.cookie(BrowserSession.CSRF_FIELD)).post("/register");
    }

    /** Ends every wait of the key now, as the passing of time would. */
    static void waitOver(String key) {
        QuarkusTransaction.requiringNew().run(() -> UserSession.getEntityManager().createNativeQuery(
                "update login_throttle set blocked_until = now() - interval '1 second' where key = ?1")
                .setParameter(1, key).executeUpdate());
    }

    /** The delay the last failure set, in whole seconds. */
    static long delaySeconds(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) UserSession.getEntityManager()
                .createNativeQuery("select extract(epoch from blocked_until - last_failure_at) from login_throttle"
                        + " where key = ?1").setParameter(1, key).getSingleResult()).longValue());
    }

    @Test
    void wrongPasswordsForOneAccountGrowItsDelayFromAnyAddressButNeverLockItForGood() {
        String name = Teachers.learner("target").username();
        String key = "login-account:" + name.toLowerCase();
        for (int i = 0; i < 5; i++) {
            login(ApiClient.freshAddress(), name, WRONG).then().statusCode(302)
                    .header("Location", endsWith("/login?error=true"));
        }
        login(ApiClient.freshAddress(), name, WRONG).then().statusCode(302);
        assertEquals(1, delaySeconds(key));
        login(ApiClient.freshAddress(), name, BrowserSession.PASSWORD).then().statusCode(429)
                .header("Retry-After", "1").body(containsString("Too many failed logins"));
        waitOver(key);
        login(ApiClient.freshAddress(), name, WRONG).then().statusCode(302);
        assertEquals(2, delaySeconds(key));
        for (int i = 0; i < 12; i++) {
            waitOver(key);
            login(ApiClient.freshAddress(), name, WRONG).then().statusCode(302);
        }
        assertEquals(Duration.ofMinutes(5).toSeconds(), delaySeconds(key));
        waitOver(key);
        login(ApiClient.freshAddress(), name, BrowserSession.PASSWORD).then().statusCode(302)
                .header("Location", endsWith("/"));
        login(ApiClient.freshAddress(), name, WRONG).then().statusCode(302);
        assertEquals(0, delaySeconds(key));
    }

    @Test
    void anUnprintableOrOverlongAccountNameIsAFailedLoginNotAServerError() {
        for (String name : java.util.List.of("/e\u0000", "https://example.org/e.php\u0000", "a".repeat(5000))) {
            login(ApiClient.freshAddress(), name, WRONG).then().statusCode(302)
                    .header("Location", org.hamcrest.Matchers.containsString("error"));
        }
    }

    @Test
    void manyFailuresFromOneAddressDelayThatAddressOnly() {
        String address = ApiClient.freshAddress();
        for (int i = 0; i < 31; i++) {
            login(address, BrowserSession.uniqueName("nobody"), WRONG).then().statusCode(302);
        }
        String name = Teachers.learner("bystander").username();
        login(address, name, BrowserSession.PASSWORD).then().statusCode(429);
        login(ApiClient.freshAddress(), name, BrowserSession.PASSWORD).then().statusCode(302)
                .header("Location", endsWith("/"));
    }

    @Test
    void registrationsFromOneAddressGetGrowingDelaysAfterTheFirstTen() {
        String address = ApiClient.freshAddress();
        for (int i = 0; i < 11; i++) {
            register(address, BrowserSession.uniqueName("bulk")).then().statusCode(303);
        }
        String key = "register-address:" + address;
        assertEquals(2, delaySeconds(key));
        register(address, BrowserSession.uniqueName("bulk")).then().statusCode(429)
                .body(containsString("try again in"));
        register(ApiClient.freshAddress(), BrowserSession.uniqueName("other")).then().statusCode(303);
        waitOver(key);
        register(address, BrowserSession.uniqueName("bulk")).then().statusCode(303);
        assertEquals(4, delaySeconds(key));
    }

    @Test
    void failedAndThrottledLoginsAreLoggedWithUserAddressAndRouteButNoPassword() {
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(SecurityLog.CATEGORY);
        logger.addHandler(handler);
        try {
            String name = BrowserSession.uniqueName("logged");
            String address = ApiClient.freshAddress();
            login(address, name, "secret-guess-42").then().statusCode(302);
            String line = records.stream().map(ThrottlingTest::text).filter(t -> t.contains(name)).findFirst()
                    .orElseThrow();
            assertTrue(line.contains("Login failed"), line);
            assertTrue(line.contains("address=" + address), line);
            assertTrue(line.contains("route=/login"), line);
            assertFalse(records.stream().map(ThrottlingTest::text).anyMatch(t -> t.contains("secret-guess-42")));
        } finally {
            logger.removeHandler(handler);
        }
    }

    private static String text(LogRecord record) {
        Object[] parameters = record.getParameters();
        return parameters == null ? record.getMessage() : String.format(record.getMessage(), parameters);
    }
}
