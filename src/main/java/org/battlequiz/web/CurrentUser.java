package org.battlequiz.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Who is looking at a page, for the layout's navigation ({inject:viewer.name} in templates). */
@RequestScoped
@Named("viewer")
public class CurrentUser {
    @Inject
    SecurityIdentity identity;

    public boolean isLoggedIn() {
        return !identity.isAnonymous();
    }

    public String getName() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public boolean isAdmin() {
        return identity.hasRole("admin");
    }

    public boolean isTeacher() {
        return identity.hasRole("teacher") || identity.hasRole("admin");
    }
}
