package org.battlequiz.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.util.Map;
import org.battlequiz.classroom.Assignment;
import org.battlequiz.classroom.DateInput;
import org.battlequiz.classroom.SchoolClass;

/** Classes made and joined through their forms, and assignment dates moved as time passing would move them. */
public final class ClassFixtures {
    private ClassFixtures() {
    }

    /** The teacher creates a class; returns its id. */
    public static long createClass(BrowserSession teacher, String name) {
        String location = teacher.postForm("/teach/classes", Map.of("name", name)).then().statusCode(303)
                .extract().header("Location");
        return Long.parseLong(location.replaceAll(".*/teach/classes/(\\d+).*", "$1"));
    }

    public static String codeOf(long classId) {
        return QuarkusTransaction.requiringNew().call(() -> SchoolClass.<SchoolClass>findById(classId).joinCode);
    }

    public static void join(BrowserSession learner, long classId) {
        learner.postForm("/classes/join", Map.of("code", codeOf(classId))).then().statusCode(303);
    }

    /** The owner assigns the set to the class with the given dates, through the form. */
    public static long assign(BrowserSession owner, long setId, long classId, Instant opens, Instant due,
                              Instant closes) {
        owner.postForm("/teach/sets/" + setId + "/assignments", Map.of("classId", String.valueOf(classId),
                "opensAt", DateInput.field(opens), "dueAt", DateInput.field(due),
                "closesAt", DateInput.field(closes))).then().statusCode(303);
        return assignmentOf(setId, classId);
    }

    public static long assignmentOf(long setId, long classId) {
        return QuarkusTransaction.requiringNew().call(() -> Assignment.<Assignment>find(
                "questionSet.id = ?1 and schoolClass.id = ?2", setId, classId).firstResult().id);
    }

    /** Moves the assignment's dates, as if time had passed. */
    public static void setDates(long assignmentId, Instant opens, Instant due, Instant closes) {
        QuarkusTransaction.requiringNew().run(() -> {
            Assignment assignment = Assignment.findById(assignmentId);
            assignment.opensAt = opens;
            assignment.dueAt = due;
            assignment.closesAt = closes;
        });
    }
}
