package org.battlequiz.quiz;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.battlequiz.BattleQuizConfig;
import org.battlequiz.ScheduledRuns;
import org.jboss.logging.Logger;

/**
 * Submits attempts whose time ran out, or whose set was closed, even when their learner never comes back. With
 * several instances on one database, one of them sweeps each period.
 */
@ApplicationScoped
public class OverdueSweep {
    private static final Logger LOG = Logger.getLogger(OverdueSweep.class);
    static final String JOB = "overdue-sweep";

    @Inject
    AttemptService attempts;

    @Inject
    ScheduledRuns runs;

    @Inject
    BattleQuizConfig config;

    @Scheduled(every = "${battlequiz.overdue-sweep.every:60s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        if (!runs.claim(JOB, ScheduledRuns.period(config.overdueSweep().every()))) {
            LOG.debug("Overdue sweep left to the instance that ran it this period");
            return;
        }
        LOG.debug("Overdue sweep running on this instance");
        int closed = attempts.closeAllDue();
        if (closed > 0) {
            LOG.infof("Submitted %d open attempt(s) past their time limit or of a closed set", closed);
        }
    }
}
