package org.battlequiz.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** A user's settings: the time zone pages show times in. */
@Path("/account/settings")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class SettingsResource {
    @Inject
    AccountService accounts;

    @Inject
    SecurityIdentity identity;

    @Inject
    ViewerZone viewerZone;

    /** {@code guessed}: the zone comes from the browser, not from a choice saved before. */
    record SettingsPage(String zone, boolean guessed, List<String> zones, boolean saved, List<String> errors) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(SettingsPage page);
    }

    @GET
    public TemplateInstance settings(@QueryParam("saved") boolean saved) {
        return Templates.settings(page(viewerZone.zone().getId(), saved, List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestForm String zone) {
        List<String> errors = accounts.chooseTimeZone(identity.getAttribute(SessionIdentityProvider.USER_ID), zone);
        if (!errors.isEmpty()) {
            return Response.status(422).entity(Templates.settings(page(viewerZone.zone().getId(), false, errors)))
                    .build();
        }
        return Response.seeOther(URI.create("/account/settings?saved=true")).build();
    }

    private SettingsPage page(String zone, boolean saved, List<String> errors) {
        String id = zone.equals("Z") ? "UTC" : zone;
        return new SettingsPage(id, !viewerZone.chosen(), TimeZones.choices(), saved, errors);
    }
}
