package org.battlequiz.classroom;

import java.util.List;

/** A class form whose fields are wrong; each message names the field and what it needs. */
public class InvalidFormException extends ClassroomException {
    private final List<String> errors;

    public InvalidFormException(List<String> errors) {
        super(422, String.join(" ", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
