package org.battlequiz.history;

import java.time.Instant;

/** A finished live game the learner played: the set, when it ended, their points and place. */
public record LiveGameRow(long gameId, String setTitle, Instant endedAt, String nickname, long score, long rank,
                          long players) {
}
