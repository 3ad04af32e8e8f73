package org.battlequiz.game;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;

/** The database's clock, so that every instance serving a game opens and closes its questions by one time. */
@ApplicationScoped
public class GameClock {
    @Inject
    EntityManager em;

    public Instant now() {
        Object now = em.createNativeQuery("select clock_timestamp()").getSingleResult();
        if (now instanceof Instant instant) {
            return instant;
        }
        return now instanceof OffsetDateTime time ? time.toInstant() : ((java.sql.Timestamp) now).toInstant();
    }
}
