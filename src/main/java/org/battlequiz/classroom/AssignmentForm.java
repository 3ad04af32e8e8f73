package org.battlequiz.classroom;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** The assign form: the classes chosen and the open, due and close dates (datetime-local fields, in the teacher's time zone). */
public class AssignmentForm {
    @RestForm("classId")
    @NotEmpty(message = "Choose at least one class.")
    public List<String> classIds;

    @RestForm
    @NotBlank(message = "Give the open date.")
    public String opensAt;

    @RestForm
    @NotBlank(message = "Give the due date.")
    public String dueAt;

    @RestForm
    @NotBlank(message = "Give the close date.")
    public String closesAt;

    public List<String> classIds() {
        return classIds == null ? List.of() : classIds;
    }

    public String opensAt() {
        return opensAt;
    }

    public String dueAt() {
        return dueAt;
    }

    public String closesAt() {
        return closesAt;
    }
}
