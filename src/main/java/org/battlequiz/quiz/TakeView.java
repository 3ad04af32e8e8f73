package org.battlequiz.quiz;

import java.util.List;

/**
 * The quiz page of an attempt in progress: the questions shown (one, or all), every question for the navigation,
 * the page number and, with a time limit, the seconds left when the page was made. A practice attempt retries the
 * questions another attempt got wrong.
 */
public record TakeView(long attemptId, String setTitle, List<QuestionView> questions, List<QuestionView> all,
                       int page, boolean onePerPage, boolean immediate, Long secondsLeft, String notice,
                       boolean practice) {

    public int pages() {
        return onePerPage ? all.size() : 1;
    }

    public boolean first() {
        return page <= 1;
    }

    public boolean last() {
        return page >= pages();
    }

    public int previous() {
        return page - 1;
    }

    public int next() {
        return page + 1;
    }

    public List<NavItem> nav() {
        return all.stream().map(q -> NavItem.of(q, page)).toList();
    }

    public long answeredCount() {
        return all.stream().filter(QuestionView::answered).count();
    }

    /** The questions without an answer, as "question 3" or "questions 2, 5", for the reminder beside Submit. */
    public String unanswered() {
        List<String> numbers = all.stream().filter(q -> !q.answered()).map(q -> String.valueOf(q.number())).toList();
        return numbers.isEmpty() ? "" : (numbers.size() == 1 ? "question " : "questions ") + String.join(", ", numbers);
    }

    public boolean timed() {
        return secondsLeft != null;
    }

    public String timeLeft() {
        return TimeLeftText.of(secondsLeft);
    }
}
