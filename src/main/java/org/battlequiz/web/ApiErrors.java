package org.battlequiz.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** The one JSON error shape of the /api endpoints: {"error": "..."}. */
public final class ApiErrors {
    private ApiErrors() {
    }

    public static Response.ResponseBuilder error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("error", message));
    }
}
