package org.battlequiz.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A form that could not be saved while the database was away, with every field it posted. */
public class UnsavedFormException extends RuntimeException {
    private final transient List<PostedField> fields;

    UnsavedFormException(MultivaluedMap<String, String> form, Throwable cause) {
        super("The form could not be saved: the database is not reachable", cause);
        List<PostedField> posted = new ArrayList<>();
        for (Map.Entry<String, List<String>> field : form.entrySet()) {
            for (String value : field.getValue()) {
                posted.add(new PostedField(field.getKey(), value));
            }
        }
        this.fields = List.copyOf(posted);
    }

    public List<PostedField> fields() {
        return fields;
    }

    /** One name and value as the form posted it. */
    public record PostedField(String name, String value) {
    }
}
