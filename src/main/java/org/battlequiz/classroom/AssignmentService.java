package org.battlequiz.classroom;

import org.battlequiz.account.ViewerZone;
import org.battlequiz.account.TimeZones;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.battlequiz.account.Role;
import org.battlequiz.account.User;
import org.battlequiz.classroom.ClassViews.AssignPage;
import org.battlequiz.classroom.ClassViews.ClassChoice;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.question.SetStatus;

/** A teacher assigns their set to classes with open, due and close dates, and chooses whether it is public. */
@ApplicationScoped
public class AssignmentService {

    @Transactional
    public AssignPage page(String viewer, long setId, Set<Long> chosen) {
        User user = ClassService.user(viewer);
        QuestionSet set = owned(user, setId);
        List<ClassChoice> classes = classesOf(user).stream()
                .map(c -> new ClassChoice(c.id, c.name, chosen.contains(c.id))).toList();
        return new AssignPage(set.id, set.title, set.status.name().toLowerCase(java.util.Locale.ROOT),
                set.article == null ? null : set.article.title, set.isPublished(), set.owner == null,
                set.listedPublicly, classes,
                Assignment.listOf(set).stream().map(ClassService::row).toList());
    }

    /**
     * Assigns the published set to each chosen class with the same dates (open <= due <= close); a class that
     * already has it gets the new dates. Nothing is stored unless every field is right.
     */
    @Transactional
    public int assign(String viewer, long setId, AssignmentForm form) {
        User user = ClassService.user(viewer);
        QuestionSet set = owned(user, setId);
        List<String> errors = new ArrayList<>();
        if (set.status != SetStatus.PUBLISHED) {
            errors.add("Publish the set before assigning it: learners see only published sets.");
        }
        List<SchoolClass> classes = chosenClasses(user, form.classIds(), errors);
        Optional<Instant> opens = date(form.opensAt(), "open", errors);
        Optional<Instant> due = date(form.dueAt(), "due", errors);
        Optional<Instant> closes = date(form.closesAt(), "close", errors);
        errors.addAll(AssignmentDates.problems(opens.orElse(null), due.orElse(null), closes.orElse(null)));
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        for (SchoolClass schoolClass : classes) {
            Assignment assignment = Assignment.<Assignment>find("schoolClass = ?1 and questionSet = ?2",
                    schoolClass, set).firstResultOptional().orElseGet(Assignment::new);
            assignment.schoolClass = schoolClass;
            assignment.questionSet = set;
            assignment.opensAt = opens.orElseThrow();
            assignment.dueAt = due.orElseThrow();
            assignment.closesAt = closes.orElseThrow();
            assignment.persist();
        }
        return classes.size();
    }

    /** Lists the set on the home page for everyone, or takes it off (its classes keep it). */
    @Transactional
    public void makePublic(String viewer, long setId, boolean listed) {
        QuestionSet set = owned(ClassService.user(viewer), setId);
        if (set.owner == null) {
            throw new ClassroomException(409, "Shipped sets are always public.");
        }
        set.listedPublicly = listed;
    }

    private static List<SchoolClass> classesOf(User user) {
        return Role.ADMIN_NAME.equals(user.role) ? SchoolClass.list("order by name, id")
                : SchoolClass.listTaughtBy(user);
    }

    private static List<SchoolClass> chosenClasses(User user, List<String> ids, List<String> errors) {
        Set<Long> chosen = new LinkedHashSet<>();
        for (String id : ids == null ? List.<String>of() : ids) {
            try {
                chosen.add(Long.parseLong(id.strip()));
            } catch (NumberFormatException e) {
                errors.add("Choose classes from the list.");
                return List.of();
            }
        }
        if (chosen.isEmpty()) {
            errors.add("Choose at least one class.");
            return List.of();
        }
        List<SchoolClass> mine = classesOf(user).stream().filter(c -> chosen.contains(c.id)).toList();
        if (mine.size() != chosen.size()) {
            errors.add("You can assign the set only to your own classes.");
        }
        return mine;
    }

    private static Optional<Instant> date(String field, String which, List<String> errors) {
        Optional<Instant> parsed = DateInput.parse(field);
        if (parsed.isEmpty()) {
            errors.add("Give the " + which + " date as a date and time (" + TimeZones.name(ViewerZone.current())
                    + "), such as 2026-12-04T09:30.");
        }
        return parsed;
    }

    /** The set, if the viewer owns it or is an admin. */
    private static QuestionSet owned(User user, long setId) {
        QuestionSet set = QuestionSet.findById(setId);
        if (set == null) {
            throw ClassroomException.notFound("There is no question set " + setId + ".");
        }
        boolean owner = set.owner != null && set.owner.id.equals(user.id);
        if (!owner && !Role.ADMIN_NAME.equals(user.role)) {
            throw new ClassroomException(403, "Only the teacher who owns this set can assign it to classes.");
        }
        return set;
    }
}
