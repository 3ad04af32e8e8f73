package org.battlequiz.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import org.battlequiz.BattleQuizConfig;

/** The session cookie: HttpOnly, SameSite=Lax, path /, Secure when configured or when its name demands it. */
@ApplicationScoped
public class SessionCookies {
    @Inject
    BattleQuizConfig config;

    public NewCookie issue(String token) {
        return builder(token).build();
    }

    public NewCookie clear() {
        return builder("").maxAge(0).build();
    }

    private NewCookie.Builder builder(String value) {
        String name = config.session().cookieName();
        boolean secure = config.session().cookieSecure() || name.startsWith("__Host-") || name.startsWith("__Secure-");
        return new NewCookie.Builder(name).value(value).path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.LAX);
    }
}
