package org.battlequiz.web;

/**
 * A page answered where the layout cannot be rendered: before the resource matched (no CSRF token yet) or before
 * the session was read (no identity to show). It keeps the product's look with the stylesheet alone.
 */
final class PlainPage {
    private PlainPage() {
    }

    /** The page's HTML; {@code head} goes into its head (a refresh, or nothing). */
    static String of(String eyebrow, String title, String message, String head) {
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s · Battle Quiz</title>%s
                <link rel="stylesheet" href="/css/app.css"></head><body><main id="main" class="wrap">
                <section class="panel narrow">%s<h1>%s</h1><p>%s</p>
                <p><a class="button" href="/">Back to the quizzes</a></p></section></main></body></html>
                """.formatted(title, head, eyebrow.isEmpty() ? "" : "<p class=\"eyebrow\">" + eyebrow + "</p>", title,
                message);
    }
}
