package org.battlequiz.authoring.interchange;

/** The name Moodle needs for each question: its position and the start of its text on one line. */
final class QuestionName {
    private static final int MAX_LENGTH = 60;

    private QuestionName() {
    }

    static String of(int position, String prompt) {
        String name = position + ". " + prompt.replaceAll("\\s+", " ").strip();
        return name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH - 3) + "...";
    }
}
