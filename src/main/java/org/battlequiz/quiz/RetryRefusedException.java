package org.battlequiz.quiz;

/** "Retry the ones I got wrong" cannot start a practice attempt now; the notice says why. */
public class RetryRefusedException extends RuntimeException {
    private final QuizNotice notice;

    RetryRefusedException(QuizNotice notice) {
        super(notice.name());
        this.notice = notice;
    }

    public QuizNotice notice() {
        return notice;
    }
}
