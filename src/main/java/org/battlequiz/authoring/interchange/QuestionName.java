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

    /** True when the name is the one {@link #of} gives the prompt at some position, so the item needs no name of its own. */
    static boolean isGenerated(String name, String prompt) {
        if (name == null || name.isBlank()) {
            return true;
        }
        int dot = name.indexOf(". ");
        if (dot < 1 || !name.substring(0, dot).chars().allMatch(Character::isDigit) || dot > 9) {
            return false;
        }
        return name.equals(of(Integer.parseInt(name.substring(0, dot)), prompt));
    }
}
