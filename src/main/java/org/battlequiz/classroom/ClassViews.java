package org.battlequiz.classroom;

import java.util.List;

/** What the class pages show, flattened for the templates. */
public final class ClassViews {
    private ClassViews() {
    }

    public record ClassRow(long id, String name, String teacher, String joinCode, long members) {
    }

    public record MemberRow(long id, String username, String joined, String extraTime, String percent,
                            String minutes) {
    }

    public record ExtensionRow(String username, String due) {
    }

    public record AssignmentRow(long id, long setId, String setTitle, long classId, String className, String opens, String due,
                                String closes, List<ExtensionRow> extensions) {
    }

    public record ClassPage(long id, String name, String joinCode, String joinLink, List<MemberRow> members,
                            List<AssignmentRow> assignments) {
    }

    public record ClassChoice(long id, String name, boolean chosen) {
    }

    /** The set's side: what the set page header shows (id, title, status, article), its classes and assignments. */
    public record AssignPage(long id, String title, String status, String articleTitle, boolean published,
                             boolean shipped, boolean listedPublicly, List<ClassChoice> classes,
                             List<AssignmentRow> assignments) {
    }

    public record LearnerAssignment(long setId, String title, String opens, String due, String closes,
                                    boolean extended, String status, String statusCss, boolean open) {
    }

    public record LearnerClass(long id, String name, String teacher, String extraTime,
                               List<LearnerAssignment> assignments) {
    }

    public record ClassDates(String className, String opens, String due, String closes) {
    }

    public record JoinInvite(String code, String name, String teacher, boolean member, boolean learner) {
    }
}
