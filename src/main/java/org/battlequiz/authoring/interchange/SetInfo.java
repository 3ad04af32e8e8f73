package org.battlequiz.authoring.interchange;

/** What an export says about the set itself: its title (a Moodle category) and description. */
public record SetInfo(String title, String description) {
    public SetInfo {
        title = title == null || title.isBlank() ? "Battle Quiz set" : title.strip();
        description = description == null ? "" : description;
    }

    public static SetInfo titled(String title) {
        return new SetInfo(title, "");
    }
}
