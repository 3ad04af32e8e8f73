package org.battlequiz.authoring;

import org.battlequiz.question.QuestionSet;

/** A set as its teacher sees it in lists and page headers. */
public record TeacherSet(long id, String title, String description, String status, String joinCode,
                         boolean draft, boolean published, boolean closed, boolean archived, boolean systemOwned,
                         String articleTitle) {
    static TeacherSet of(QuestionSet set) {
        return new TeacherSet(set.id, set.title, set.description, set.status.name().toLowerCase(java.util.Locale.ROOT),
                set.joinCode, set.status == org.battlequiz.question.SetStatus.DRAFT, set.isPublished(),
                set.status == org.battlequiz.question.SetStatus.CLOSED,
                set.status == org.battlequiz.question.SetStatus.ARCHIVED, set.owner == null,
                set.article == null ? null : set.article.title);
    }
}
