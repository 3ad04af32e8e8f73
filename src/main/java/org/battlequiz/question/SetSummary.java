package org.battlequiz.question;

/** A question set as listed on the home page. */
public record SetSummary(Long id, String title, String description, String articleTitle, long questionCount) {
}
