package org.battlequiz.classroom;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.battlequiz.account.User;
import org.battlequiz.question.QuestionSet;

/** The assignments a learner holds for a set, with their later due dates and extra time, and which one applies now. */
@ApplicationScoped
public class Assignments {

    /** Every assignment of the set to a class the learner is in, with the dates and extra time that are theirs. */
    public List<AssignmentTerms> termsOf(User learner, QuestionSet set) {
        return held(learner, set).stream().map(row -> terms((Assignment) row[0], (ClassMember) row[1])).toList();
    }

    /** The learner's dates for the set in each of their classes that has it, as the set's page states them. */
    public List<ClassViews.ClassDates> datesOf(User learner, QuestionSet set) {
        return held(learner, set).stream().map(row -> {
            Assignment assignment = (Assignment) row[0];
            AssignmentDates dates = terms(assignment, (ClassMember) row[1]).dates();
            return new ClassViews.ClassDates(assignment.schoolClass.name, DateInput.shown(dates.opensAt()),
                    DateInput.shown(dates.dueAt()), DateInput.shown(dates.closesAt()));
        }).toList();
    }

    /** Pairs of an assignment of the set and the learner's membership of its class. */
    private static List<Object[]> held(User learner, QuestionSet set) {
        return Assignment.getEntityManager().createQuery("""
                select a, m from Assignment a join ClassMember m on m.schoolClass = a.schoolClass
                where a.questionSet = :set and m.user = :user order by a.id""", Object[].class)
                .setParameter("set", set).setParameter("user", learner).getResultList();
    }

    /** Whether the assignment has closed for the learner (a later due date of theirs keeps it open until then). */
    public boolean closedFor(User learner, long assignmentId, Instant now) {
        Assignment assignment = Assignment.findById(assignmentId);
        if (assignment == null) {
            return false;
        }
        Instant extended = AssignmentExtension.find(assignment, learner).map(e -> e.dueAt).orElse(null);
        return assignment.dates().extendedTo(extended).windowAt(now) == AssignmentDates.Window.CLOSED;
    }

    static AssignmentTerms terms(Assignment assignment, ClassMember member) {
        Instant extended = AssignmentExtension.find(assignment, member.user).map(e -> e.dueAt).orElse(null);
        return new AssignmentTerms(assignment.id, assignment.dates().extendedTo(extended), member.extraTime());
    }

    /**
     * The terms under which the learner starts the set now: empty when no class of theirs has it assigned; the
     * open assignment due last when several are.
     * @throws ClassroomException (409) when each of their assignments of the set is not open yet or closed
     */
    public Optional<AssignmentTerms> startableAt(User learner, QuestionSet set, Instant now) {
        List<AssignmentTerms> all = termsOf(learner, set);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Optional<AssignmentTerms> open = all.stream()
                .filter(t -> t.dates().windowAt(now) == AssignmentDates.Window.OPEN)
                .max(Comparator.comparing(t -> t.dates().dueAt()));
        if (open.isPresent()) {
            return open;
        }
        Optional<Instant> opens = all.stream().filter(t -> t.dates().windowAt(now) == AssignmentDates.Window.NOT_OPEN)
                .map(t -> t.dates().opensAt()).min(Comparator.naturalOrder());
        if (opens.isPresent()) {
            throw new ClassroomException(409, "This quiz opens on " + DateInput.shown(opens.get())
                    + ". You can start it from then.");
        }
        Instant closed = all.stream().map(t -> t.dates().closesAt()).max(Comparator.naturalOrder()).orElseThrow();
        throw new ClassroomException(409, "This quiz closed on " + DateInput.shown(closed)
                + ": no new attempt can start.");
    }
}
