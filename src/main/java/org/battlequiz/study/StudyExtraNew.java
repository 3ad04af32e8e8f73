package org.battlequiz.study;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.battlequiz.IdentifiedEntity;
import org.battlequiz.account.User;

/** New cards a learner chose to study on one day (of their time zone) beyond the daily limit. */
@Entity
@Table(name = "study_extra_new")
public class StudyExtraNew extends IdentifiedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public User user;

    public LocalDate day;

    public int extra;

    static int on(User user, LocalDate day) {
        return find("user = ?1 and day = ?2", user, day).<StudyExtraNew>firstResultOptional().map(e -> e.extra)
                .orElse(0);
    }

    static StudyExtraNew of(User user, LocalDate day) {
        return find("user = ?1 and day = ?2", user, day).<StudyExtraNew>firstResultOptional().orElseGet(() -> {
            StudyExtraNew row = new StudyExtraNew();
            row.user = user;
            row.day = day;
            return row;
        });
    }
}
