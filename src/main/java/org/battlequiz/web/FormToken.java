package org.battlequiz.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Whether this request carries a CSRF form token ({inject:formToken.issued} in templates). A request refused while
 * its route was matched (an unknown address) never reaches the CSRF filter, so its error page has no token to put
 * in a form.
 */
@RequestScoped
@Named("formToken")
public class FormToken {
    /** where the CSRF filter leaves the token for the {#csrf /} tag */
    private static final String TOKEN_ATTRIBUTE = "csrf_token";

    @Inject
    RoutingContext routing;

    public boolean isIssued() {
        return routing.get(TOKEN_ATTRIBUTE) != null;
    }
}
