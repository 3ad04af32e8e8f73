package org.battlequiz.authoring.interchange;

/** A set title as a Moodle question category path; a "/" inside a category name is written "//". */
final class CategoryPath {
    private CategoryPath() {
    }

    static String of(String title) {
        return "$course$/top/" + title.replace("/", "//");
    }

    /** The last category of the path, or null for Moodle's own top categories. */
    static String title(String path) {
        String escaped = path.strip().replace("//", "\u0000");
        String last = escaped.substring(escaped.lastIndexOf('/') + 1).replace("\u0000", "/").strip();
        return last.isEmpty() || last.equals("top") || last.startsWith("$") ? null : last;
    }
}
