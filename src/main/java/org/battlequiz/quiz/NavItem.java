package org.battlequiz.quiz;

/**
 * One button of the quiz page's question navigation, with its class list and spoken label made once here rather
 * than by a chain of conditions per button in the template.
 */
public record NavItem(int number, String css, boolean current, String label, boolean flagged) {

    static NavItem of(QuestionView q, int page) {
        StringBuilder css = new StringBuilder("qnav");
        StringBuilder label = new StringBuilder("Question ").append(q.number());
        if (q.answered()) {
            css.append(" qnav-answered");
            label.append(", answered");
        }
        if (q.flagged()) {
            css.append(" qnav-flagged");
            label.append(", flagged for review");
        }
        boolean current = q.number() == page;
        if (current) {
            css.append(" qnav-current");
        }
        return new NavItem(q.number(), css.toString(), current, label.toString(), q.flagged());
    }
}
