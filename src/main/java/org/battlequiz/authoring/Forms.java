package org.battlequiz.authoring;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** Small helpers shared by the teacher pages' form handlers. */
final class Forms {
    private Forms() {
    }

    static Map<String, String> single(MultivaluedMap<String, String> form) {
        Map<String, String> values = new HashMap<>();
        form.forEach((name, list) -> {
            if (!list.isEmpty()) {
                values.put(name, list.get(0));
            }
        });
        return values;
    }

    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
