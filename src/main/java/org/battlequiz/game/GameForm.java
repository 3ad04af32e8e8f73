package org.battlequiz.game;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.jboss.resteasy.reactive.RestForm;

/** The host's settings form as typed. */
public class GameForm {
    public static final int FEWEST_SECONDS = 5;
    public static final int MOST_SECONDS = 120;

    @RestForm
    @NotBlank(message = "Say how many questions to play.")
    @Pattern(regexp = "\\s*0*[1-9]\\d{0,2}\\s*", message = "Give the number of questions as a whole number, such as 10.")
    public String questions;

    @RestForm
    @NotBlank(message = "Say how many seconds each question stays open.")
    @Pattern(regexp = "\\s*([5-9]|[1-9]\\d|1[01]\\d|120)\\s*",
            message = "Allow " + FEWEST_SECONDS + " to " + MOST_SECONDS + " seconds per question, as a whole number.")
    public String seconds;

    @RestForm
    public String speed;

    public static GameForm defaults(int questions) {
        GameForm form = new GameForm();
        form.questions = String.valueOf(questions);
        form.seconds = String.valueOf(GameSettings.DEFAULT_SECONDS);
        form.speed = "on";
        return form;
    }

    public boolean speedCounts() {
        return speed != null && !speed.isBlank();
    }

    GameSettings settings() {
        return new GameSettings(Integer.parseInt(questions.strip()), Integer.parseInt(seconds.strip()), speedCounts());
    }
}
