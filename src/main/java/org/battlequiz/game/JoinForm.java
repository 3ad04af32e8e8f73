package org.battlequiz.game;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jboss.resteasy.reactive.RestForm;

/** The join form as typed: the PIN on the host's screen and a nickname (checked further by {@link Nicknames}). */
public class JoinForm {
    @RestForm
    @NotBlank(message = "Type the game PIN shown on the screen.")
    @Pattern(regexp = "\\s*\\d{6}\\s*", message = "A game PIN has 6 digits, such as 481205.")
    public String pin;

    @RestForm
    @NotBlank(message = "Choose a nickname.")
    @Size(max = 60, message = "A nickname has at most " + Nicknames.LONGEST + " characters.")
    public String nickname;

    public static JoinForm of(String pin, String nickname) {
        JoinForm form = new JoinForm();
        form.pin = pin == null ? "" : pin.strip();
        form.nickname = nickname == null ? "" : nickname;
        return form;
    }

    String cleanPin() {
        return pin.strip();
    }
}
