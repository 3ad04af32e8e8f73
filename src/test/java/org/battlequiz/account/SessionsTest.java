package org.battlequiz.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.api.Test;

/** Sessions live in PostgreSQL: logout, a password change and a disabled account end all of them at once. */
@QuarkusTest
class SessionsTest {
    private static final String NEW_PASSWORD = "a brand new secret";

    record TwoBrowsers(String username, BrowserSession first, BrowserSession second) {
    }

    static TwoBrowsers loggedInTwice(String prefix) {
        Teachers.Account account = Teachers.learner(prefix);
        BrowserSession second = new BrowserSession();
        second.login(account.username(), BrowserSession.PASSWORD).then().statusCode(302)
                .header("Location", endsWith("/"));
        account.session().get("/history").then().statusCode(200);
        second.get("/history").then().statusCode(200);
        return new TwoBrowsers(account.username(), account.session(), second);
    }

    static void loggedOut(BrowserSession browser) {
        browser.get("/history").then().statusCode(302).header("Location", endsWith("/login"));
    }

    /** A copy of a session's cookies, replayed later as a thief would. */
    static BrowserSession copyOf(BrowserSession browser) {
        BrowserSession copy = new BrowserSession();
        copy.adopt(BrowserSession.SESSION_COOKIE, browser.cookie(BrowserSession.SESSION_COOKIE));
        return copy;
    }

    @Test
    void logoutEndsEverySessionOfTheUserAndTheOldCookieNoLongerWorks() {
        TwoBrowsers user = loggedInTwice("leaver");
        BrowserSession stolen = copyOf(user.first());
        user.first().postForm("/logout", Map.of()).then().statusCode(303);
        loggedOut(user.first());
        loggedOut(user.second());
        loggedOut(stolen);
        stolen.postForm("/sets/1/attempts", Map.of()).then().statusCode(302).header("Location", endsWith("/login"));
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsEverySession() {
        TwoBrowsers user = loggedInTwice("changer");
        user.first().get("/account/password").then().statusCode(200).body(containsString("Current password"));
        user.first().postForm("/account/password", Map.of("current", "not my password", "password", NEW_PASSWORD))
                .then().statusCode(422).body(containsString("does not match"));
        user.second().get("/history").then().statusCode(200);
        user.first().postForm("/account/password", Map.of("current", BrowserSession.PASSWORD,
                "password", NEW_PASSWORD)).then().statusCode(303).header("Location", endsWith("/login?changed=true"));
        loggedOut(user.first());
        loggedOut(user.second());
        new BrowserSession().login(user.username(), BrowserSession.PASSWORD).then()
                .header("Location", endsWith("/login?error=true"));
        new BrowserSession().login(user.username(), NEW_PASSWORD).then().header("Location", endsWith("/"));
    }

    @Test
    void anAdminDisablingAnAccountEndsItsSessionsAndRefusesItsLogins() {
        TwoBrowsers user = loggedInTwice("unruly");
        long id = QuarkusTransaction.requiringNew().call(() -> User.findByUsername(user.username()).orElseThrow().id);
        Teachers.Account admin = Teachers.admin("head");
        admin.session().get("/admin/users").then().statusCode(200).body(containsString(user.username()));
        user.first().get("/admin/users").then().statusCode(403);
        admin.session().postForm("/admin/users/" + id + "/disable", Map.of()).then().statusCode(303);
        loggedOut(user.first());
        loggedOut(user.second());
        new BrowserSession().login(user.username(), BrowserSession.PASSWORD).then()
                .header("Location", endsWith("/login?error=true"));
        admin.session().postForm("/admin/users/" + id + "/enable", Map.of()).then().statusCode(303);
        new BrowserSession().login(user.username(), BrowserSession.PASSWORD).then().header("Location", endsWith("/"));
    }

    @Test
    void aSessionIdleLongerThanTheIdleTimeoutEnds() {
        TwoBrowsers user = loggedInTwice("idler");
        age(user.username(), "last_seen_at", 61);
        loggedOut(user.first());
        loggedOut(user.second());
    }

    @Test
    void aBusySessionEndsAtItsAbsoluteLifetime() {
        TwoBrowsers user = loggedInTwice("busy");
        age(user.username(), "created_at", 12 * 60 + 1);
        loggedOut(user.first());
    }

    @Test
    void aSessionWithinBothLimitsLives() {
        TwoBrowsers user = loggedInTwice("steady");
        age(user.username(), "last_seen_at", 59);
        age(user.username(), "created_at", 11 * 60);
        user.first().get("/history").then().statusCode(200);
    }

    @Test
    void theSessionCookieIsHttpOnlyLaxAndCarriesOnlyARandomToken() {
        Teachers.Account account = Teachers.learner("cookie");
        Response login = new BrowserSession().login(account.username(), BrowserSession.PASSWORD);
        var cookie = login.getDetailedCookie(BrowserSession.SESSION_COOKIE);
        assertNotNull(cookie);
        assertTrue(cookie.isHttpOnly());
        assertEquals("/", cookie.getPath());
        assertFalse(cookie.getValue().contains(account.username()));
    }

    @Test
    void aBusySessionIsReadOnceAndKeptUntilItsLogout() {
        TwoBrowsers user = loggedInTwice("kept");
        String hash = SessionService.hash(user.first().cookie(BrowserSession.SESSION_COOKIE));
        user.first().get("/history").then().statusCode(200);
        assertNotNull(known().get(hash, Instant.now()), "kept after its first request");
        assertNull(known().get(hash, Instant.now().plus(2, ChronoUnit.MINUTES)), "read again when its use is due");
        user.first().postForm("/logout", Map.of()).then().statusCode(303);
        assertNull(known().get(hash, Instant.now()));
        loggedOut(user.second());
    }

    @Test
    void aSessionChangedBehindTheAppsBackIsRefusedOnceTheDatabaseSignalsIt() throws InterruptedException {
        TwoBrowsers user = loggedInTwice("signalled");
        user.first().get("/history").then().statusCode(200);
        moveBack(user.username(), "last_seen_at", 61);
        Instant until = Instant.now().plusSeconds(10);
        while (user.first().get("/history").statusCode() == 200) {
            assertTrue(Instant.now().isBefore(until), "the session ended in the database is still served");
            Thread.sleep(50);
        }
        loggedOut(user.second());
    }

    @Test
    void aSessionReadWhileAnAccountChangeCommitsIsForgottenOnceItHasCommitted() {
        SecurityIdentity identity = QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("racer"))
                .addRole("learner").build();
        Instant until = Instant.now().plusSeconds(60);
        QuarkusTransaction.requiringNew().run(() -> {
            known().forgetOnCommit();
            known().keep("read-before-the-commit", identity, until, known().readingFrom());
            assertNotNull(known().get("read-before-the-commit", Instant.now()));
        });
        assertNull(known().get("read-before-the-commit", Instant.now()));
    }

    private static KnownSessions known() {
        return Arc.container().instance(KnownSessions.class).get();
    }

    /**
     * Moves the user's sessions' timestamp the given minutes into the past, and has this instance forget the
     * sessions it kept, as the passing of that time would.
     */
    static void age(String username, String column, int minutes) {
        moveBack(username, column, minutes);
        known().forgetAll();
    }

    private static void moveBack(String username, String column, int minutes) {
        Instant then = Instant.now().minus(minutes, ChronoUnit.MINUTES);
        QuarkusTransaction.requiringNew().run(() -> UserSession.getEntityManager().createNativeQuery(
                        "update user_session set " + column + " = ?1 where user_id = "
                                + "(select id from app_user where username = ?2)")
                .setParameter(1, then).setParameter(2, username).executeUpdate());
    }
}
