package org.battlequiz.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegistrationRulesTest {

    @Test
    void acceptsAValidLearnerAndTeacher() {
        assertTrue(RegistrationRules.check("ada.l-2", "abcdefgh", "learner").isEmpty());
        assertTrue(RegistrationRules.check("abc", "x".repeat(64), "teacher").isEmpty());
    }

    @Test
    void refusesBadUsernames() {
        assertEquals(1, RegistrationRules.check("ab", "abcdefgh", "learner").size());
        assertEquals(1, RegistrationRules.check("a".repeat(33), "abcdefgh", "learner").size());
        assertEquals(1, RegistrationRules.check("bad name", "abcdefgh", "learner").size());
        assertEquals(1, RegistrationRules.check(null, "abcdefgh", "learner").size());
    }

    @Test
    void passwordsMustHave8To64Characters() {
        assertEquals(1, RegistrationRules.check("ada", "abcdefg", "learner").size());
        assertEquals(1, RegistrationRules.check("ada", "x".repeat(65), "learner").size());
    }

    @Test
    void countsCharactersNotUtf16Units() {
        assertTrue(RegistrationRules.check("ada", "\uD83D\uDE00".repeat(8), "learner").isEmpty());
    }

    @Test
    void refusesPasswordsBcryptWouldTruncate() {
        List<String> errors = RegistrationRules.check("ada", "\u00e9".repeat(40), "learner");
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("72 bytes"));
    }

    @Test
    void adminCannotBeChosen() {
        assertEquals(1, RegistrationRules.check("ada", "abcdefgh", "admin").size());
        assertEquals(1, RegistrationRules.check("ada", "abcdefgh", null).size());
    }

    @Test
    void refusesTheMostCommonPasswordsIgnoringCase() {
        for (String common : List.of("password1", "12345678", "Password1", "QWERTYUIOP", "iloveyou")) {
            List<String> errors = RegistrationRules.check("ada", common, "learner");
            assertEquals(1, errors.size(), common);
            assertTrue(errors.get(0).contains("most common passwords"), common);
        }
    }

    @Test
    void theCommonPasswordListHoldsAtLeastTheTenThousandMostCommon() {
        assertTrue(CommonPasswords.size() >= 10_000, "size " + CommonPasswords.size());
    }

    @Test
    void refusesThePasswordThatIsTheUsername() {
        List<String> errors = RegistrationRules.check("hannibal216", "Hannibal216", "learner");
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).contains("username"));
    }

    @Test
    void hasNoCompositionRules() {
        assertTrue(RegistrationRules.check("ada", "only lowercase words", "learner").isEmpty());
        assertTrue(RegistrationRules.check("ada", "94817263", "learner").isEmpty());
    }
}
