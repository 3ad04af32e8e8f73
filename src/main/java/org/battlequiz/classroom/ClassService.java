package org.battlequiz.classroom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.battlequiz.BattleQuizConfig;
import org.battlequiz.account.Role;
import org.battlequiz.account.User;
import org.battlequiz.authoring.JoinCodes;
import org.battlequiz.authoring.SetOptions;
import org.battlequiz.classroom.ClassViews.AssignmentRow;
import org.battlequiz.classroom.ClassViews.ClassPage;
import org.battlequiz.classroom.ClassViews.ClassRow;
import org.battlequiz.classroom.ClassViews.ExtensionRow;
import org.battlequiz.classroom.ClassViews.JoinInvite;
import org.battlequiz.classroom.ClassViews.LearnerAssignment;
import org.battlequiz.classroom.ClassViews.LearnerClass;
import org.battlequiz.classroom.ClassViews.MemberRow;

/** Classes: a teacher creates one and looks after its members; learners join with its code and see their work. */
@ApplicationScoped
public class ClassService {
    @Inject
    BattleQuizConfig config;

    @Inject
    AssignmentProgress progress;

    /** Makes the class with a fresh code; the same name sent again within a minute (a double click) opens it. */
    @Transactional
    public long create(String teacherName, String name) {
        User teacher = user(teacherName);
        String tidy = name == null ? "" : name.strip();
        int max = config.classes().maxNameChars();
        if (tidy.isEmpty() || tidy.length() > max) {
            throw new InvalidFormException(List.of("Give the class a name of 1 to " + max + " characters."));
        }
        Optional<SchoolClass> recent = SchoolClass.find("teacher = ?1 and name = ?2 and createdAt > ?3",
                teacher, tidy, Instant.now().minusSeconds(60)).firstResultOptional();
        if (recent.isPresent()) {
            return recent.get().id;
        }
        SchoolClass created = new SchoolClass();
        created.name = tidy;
        created.teacher = teacher;
        String code;
        do {
            code = JoinCodes.next();
        } while (SchoolClass.findByCode(code).isPresent());
        created.joinCode = code;
        created.persist();
        return created.id;
    }

    @Transactional
    public ClassPage page(String viewer, long classId, String joinLinkBase) {
        SchoolClass schoolClass = taught(viewer, classId);
        List<MemberRow> members = ClassMember.listOf(schoolClass).stream().map(m -> new MemberRow(m.id,
                m.user.username, DateInput.shown(m.joinedAt), m.extraTime().label(), text(m.extraTimePercent),
                text(m.extraTimeMinutes))).toList();
        List<AssignmentRow> assignments = Assignment.listOf(schoolClass).stream().map(ClassService::row).toList();
        return new ClassPage(schoolClass.id, schoolClass.name, schoolClass.joinCode,
                joinLinkBase + schoolClass.joinCode, members, assignments);
    }

    static AssignmentRow row(Assignment a) {
        List<ExtensionRow> extensions = AssignmentExtension.listOf(a).stream()
                .map(e -> new ExtensionRow(e.user.username, DateInput.shown(e.dueAt))).toList();
        return new AssignmentRow(a.id, a.questionSet.id, a.questionSet.title, a.schoolClass.id, a.schoolClass.name,
                DateInput.shown(a.opensAt), DateInput.shown(a.dueAt), DateInput.shown(a.closesAt), extensions);
    }

    /** Takes the learner out of the class, with their later due dates in it; removing them twice changes nothing. */
    @Transactional
    public void removeMember(String viewer, long classId, long memberId) {
        SchoolClass schoolClass = taught(viewer, classId);
        ClassMember member = ClassMember.findById(memberId);
        if (member == null) {
            return;
        }
        if (!member.schoolClass.id.equals(schoolClass.id)) {
            throw ClassroomException.notFound("There is no such member in this class.");
        }
        AssignmentExtension.delete("user = ?1 and assignment.id in (select a.id from Assignment a"
                + " where a.schoolClass = ?2)", member.user, schoolClass);
        member.delete();
    }

    /** Extra time on timed sets: a percentage of the limit or a number of minutes; both fields empty clears it. */
    @Transactional
    public void setExtraTime(String viewer, long classId, long memberId, String percent, String minutes) {
        ClassMember member = member(taught(viewer, classId), memberId);
        BattleQuizConfig.Classes limits = config.classes();
        List<String> errors = new ArrayList<>();
        Integer pct = SetOptions.positive(percent, "The extra time in percent", limits.maxExtraTimePercent(),
                errors);
        Integer mins = SetOptions.positive(minutes, "The extra time in minutes", limits.maxExtraTimeMinutes(),
                errors);
        if (pct != null && mins != null) {
            errors.add("Give extra time as a percentage or as minutes, not both.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        member.extraTimePercent = pct;
        member.extraTimeMinutes = mins;
    }

    /** A later due date for one learner on one assignment of the class; an empty date takes it back. */
    @Transactional
    public void extendDue(String viewer, long classId, long assignmentId, String memberId, String due) {
        SchoolClass schoolClass = taught(viewer, classId);
        Assignment assignment = Assignment.findById(assignmentId);
        if (assignment == null || !assignment.schoolClass.id.equals(schoolClass.id)) {
            throw ClassroomException.notFound("There is no such assignment in this class.");
        }
        ClassMember member = member(schoolClass, parseId(memberId, "Choose the learner who gets a later due date."));
        Optional<AssignmentExtension> existing = AssignmentExtension.find(assignment, member.user);
        if (due == null || due.isBlank()) {
            existing.ifPresent(AssignmentExtension::delete);
            return;
        }
        Instant later = DateInput.parse(due).orElseThrow(() -> new InvalidFormException(List.of(
                "Give the later due date as a date and time, such as 2026-12-04T09:30.")));
        if (!later.isAfter(assignment.dueAt)) {
            throw new InvalidFormException(List.of("A later due date must be after the class's due date, "
                    + DateInput.shown(assignment.dueAt) + "."));
        }
        AssignmentExtension extension = existing.orElseGet(() -> {
            AssignmentExtension made = new AssignmentExtension();
            made.assignment = assignment;
            made.user = member.user;
            return made;
        });
        extension.dueAt = later;
        extension.persist();
    }

    /** The classes the viewer teaches (every class for an admin), with their member counts. */
    @Transactional
    public List<ClassRow> taughtBy(String viewer) {
        User user = user(viewer);
        return rows(Role.ADMIN_NAME.equals(user.role) ? null : user);
    }

    @Transactional
    public List<ClassRow> all() {
        return rows(null);
    }

    private static List<ClassRow> rows(User teacher) {
        var query = SchoolClass.getEntityManager().createQuery("""
                select c.id, c.name, t.username, c.joinCode,
                  (select count(m) from ClassMember m where m.schoolClass = c)
                from SchoolClass c join c.teacher t""" + (teacher == null ? "" : " where t = :teacher")
                + " order by lower(c.name), c.id", Object[].class);
        if (teacher != null) {
            query.setParameter("teacher", teacher);
        }
        return query.getResultList().stream().map(r -> new ClassRow((Long) r[0], (String) r[1], (String) r[2],
                (String) r[3], (Long) r[4])).toList();
    }

    /** Puts the learner in the class whose code they typed or followed; joining again changes nothing. */
    @Transactional
    public long join(String username, String typed) {
        User learner = user(username);
        SchoolClass schoolClass = byCode(typed);
        if (!Role.LEARNER_NAME.equals(learner.role)) {
            throw new ClassroomException(409, "Only learner accounts join classes; yours is a "
                    + learner.role + "'s.");
        }
        if (ClassMember.find(schoolClass, learner).isEmpty()) {
            ClassMember member = new ClassMember();
            member.schoolClass = schoolClass;
            member.user = learner;
            member.persist();
        }
        return schoolClass.id;
    }

    /** What a join link offers: the class, its teacher, and whether the viewer is already in it. */
    @Transactional
    public JoinInvite invite(String username, String typed) {
        User viewer = user(username);
        SchoolClass schoolClass = byCode(typed);
        return new JoinInvite(schoolClass.joinCode, schoolClass.name, schoolClass.teacher.username,
                ClassMember.find(schoolClass, viewer).isPresent(), Role.LEARNER_NAME.equals(viewer.role));
    }

    /** The learner's classes, each with its assignments, their dates for this learner and where they stand. */
    @Transactional
    public List<LearnerClass> myClasses(String username) {
        User learner = user(username);
        Instant now = Instant.now();
        List<LearnerClass> classes = new ArrayList<>();
        for (ClassMember member : ClassMember.listFor(learner)) {
            List<Assignment> assigned = Assignment.listOf(member.schoolClass);
            Map<Long, AssignmentProgress.Progress> done = progress.of(learner,
                    assigned.stream().map(a -> a.id).toList());
            List<LearnerAssignment> rows = assigned.stream().map(a -> {
                AssignmentDates dates = Assignments.terms(a, member).dates();
                AssignmentProgress.Progress p = done.getOrDefault(a.id, AssignmentProgress.Progress.NONE);
                LearnerStatus status = LearnerStatus.of(now, dates.dueAt(), p.finishedOnTime(), p.finishedLate(),
                        p.inProgress());
                boolean open = dates.windowAt(now) == AssignmentDates.Window.OPEN && a.questionSet.isPublished();
                return new LearnerAssignment(a.questionSet.id, a.questionSet.title, DateInput.shown(dates.opensAt()),
                        DateInput.shown(dates.dueAt()), DateInput.shown(dates.closesAt()),
                        !dates.dueAt().equals(a.dueAt), status.label(), status.cssName(), open);
            }).toList();
            ExtraTime extra = member.extraTime();
            classes.add(new LearnerClass(member.schoolClass.id, member.schoolClass.name,
                    member.schoolClass.teacher.username, extra.none() ? null : extra.label(), rows));
        }
        return classes;
    }

    private static SchoolClass byCode(String typed) {
        String code = JoinCodes.normalize(typed).orElseThrow(() -> new InvalidFormException(List.of(
                "A class code has 6 letters and digits, such as K7PX3M.")));
        return SchoolClass.findByCode(code).orElseThrow(() -> ClassroomException.notFound(
                "No class has the code " + code + ". Check it with your teacher."));
    }

    /** The class, if the viewer teaches it or is an admin. */
    SchoolClass taught(String viewer, long classId) {
        User user = user(viewer);
        SchoolClass schoolClass = SchoolClass.findById(classId);
        if (schoolClass == null) {
            throw ClassroomException.notFound("There is no class " + classId + ".");
        }
        if (!schoolClass.taughtBy(user) && !Role.ADMIN_NAME.equals(user.role)) {
            throw new ClassroomException(403, "Only the teacher of this class can open it.");
        }
        return schoolClass;
    }

    private static ClassMember member(SchoolClass schoolClass, long memberId) {
        ClassMember member = ClassMember.findById(memberId);
        if (member == null || !member.schoolClass.id.equals(schoolClass.id)) {
            throw ClassroomException.notFound("There is no such member in this class.");
        }
        return member;
    }

    static User user(String username) {
        return User.findByUsername(username)
                .orElseThrow(() -> new ClassroomException(403, "Your account no longer exists."));
    }

    static long parseId(String text, String message) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidFormException(List.of(message));
        }
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }
}
