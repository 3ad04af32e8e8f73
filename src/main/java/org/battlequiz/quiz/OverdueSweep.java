package org.battlequiz.quiz;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Submits attempts whose time ran out, or whose set was closed, even when their learner never comes back. */
@ApplicationScoped
public class OverdueSweep {
    private static final Logger LOG = Logger.getLogger(OverdueSweep.class);

    @Inject
    AttemptService attempts;

    @Scheduled(every = "${battlequiz.overdue-sweep.every:60s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        int closed = attempts.closeAllDue();
        if (closed > 0) {
            LOG.infof("Submitted %d open attempt(s) past their time limit or of a closed set", closed);
        }
    }
}
