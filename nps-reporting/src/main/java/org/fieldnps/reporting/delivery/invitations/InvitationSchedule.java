package org.fieldnps.reporting.delivery.invitations;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fieldnps.persistence.SchemaReady;

/**
 * Runs the invitation sender every few seconds ({@code NPS_MAIL_INTERVAL_SECONDS}, 15 by default)
 * on the server's managed scheduler, from the moment the schema is current until the application
 * stops. Runs follow each other with that delay between them, so one instance never overlaps
 * itself; other instances are kept apart by the claims in the database.
 */
@ApplicationScoped
public class InvitationSchedule {

    private static final Logger LOGGER = Logger.getLogger(InvitationSchedule.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private InvitationDelivery delivery;

    @Inject
    @ConfigProperty(name = "nps.mail.interval-seconds", defaultValue = "15")
    private long intervalSeconds;

    private ScheduledFuture<?> runs;
    private volatile boolean lastRunFailed;

    synchronized void start(@Observes SchemaReady ready) {
        if (runs != null) {
            return;
        }
        runs = scheduler.scheduleWithFixedDelay(this::runOnce, intervalSeconds, intervalSeconds,
                TimeUnit.SECONDS);
        LOGGER.log(Level.INFO, "Survey invitations are mailed every {0} s", intervalSeconds);
    }

    @PreDestroy
    synchronized void stop() {
        if (runs != null) {
            runs.cancel(false);
        }
    }

    /**
     * One run; a failure is logged and the next run goes ahead, since an exception escaping here
     * would end the schedule for good. While the database is down every run fails alike, so only
     * the first failure is a warning.
     */
    private void runOnce() {
        try {
            delivery.deliverDue();
            if (lastRunFailed) {
                LOGGER.info("Survey invitation runs work again");
            }
            lastRunFailed = false;
        } catch (RuntimeException e) {
            if (lastRunFailed) {
                LOGGER.log(Level.FINE, "Survey invitation run failed again", e);
            } else {
                LOGGER.log(Level.WARNING, "Survey invitation run failed; the next one tries again", e);
            }
            lastRunFailed = true;
        }
    }
}
