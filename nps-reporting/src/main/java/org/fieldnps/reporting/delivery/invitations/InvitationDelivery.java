package org.fieldnps.reporting.delivery.invitations;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fieldnps.persistence.capture.InvitationOutbox;
import org.fieldnps.persistence.capture.OutgoingInvitation;
import org.fieldnps.reporting.delivery.MailDeliveryException;
import org.fieldnps.reporting.delivery.Mailer;

/**
 * One run of the invitation sender: expire what is overdue, drop what customers opted out of,
 * then mail the invitations and reminders that are due, each claimed first so that no other
 * instance sends it too.
 *
 * <p>A mail the server does not take goes back to wait. When the server itself is the trouble
 * (not reached, login refused) the run stops there, as every further mail would fail alike; the
 * next run tries again. When the server refuses one recipient, that invitation waits longer and
 * the run goes on with the next. Without a configured server nothing is sent: invitations stay
 * pending, and the log says so once.
 */
@ApplicationScoped
public class InvitationDelivery {

    /** Mails per kind and run: enough for any day's jobs, few enough that a run stays short. */
    static final int BATCH = 100;

    private static final Logger LOGGER = Logger.getLogger(InvitationDelivery.class.getName());

    @Inject
    private InvitationOutbox outbox;

    @Inject
    private Mailer mailer;

    @Inject
    @ConfigProperty(name = "nps.base.url", defaultValue = "http://localhost:8080")
    private String baseUrl;

    private InvitationMails mails;

    private final AtomicBoolean toldNotConfigured = new AtomicBoolean();
    private final AtomicBoolean serverDown = new AtomicBoolean();

    protected InvitationDelivery() {
    }

    /** For use outside the container. */
    public InvitationDelivery(InvitationOutbox outbox, Mailer mailer, InvitationMails mails) {
        this.outbox = outbox;
        this.mailer = mailer;
        this.mails = mails;
    }

    @PostConstruct
    void writeLinksTo() {
        mails = new InvitationMails(baseUrl, ZoneId.systemDefault());
    }

    public DeliveryRun deliverDue() {
        int expired = outbox.expireOverdue();
        int suppressed = outbox.suppressOptedOut();
        if (!mailer.isConfigured()) {
            tellOnceThatMailWaits();
            return new DeliveryRun(expired, suppressed, 0, 0, 0);
        }

        Tally invitations = deliver(outbox.findDueInvitations(BATCH),
                outbox::claimInvitation, outbox::markSent);
        Tally reminders = invitations.serverFailed()
                ? new Tally(0, 0, true)
                : deliver(outbox.findDueReminders(BATCH), outbox::claimReminder, outbox::markReminded);

        DeliveryRun run = new DeliveryRun(expired, suppressed, invitations.sent(), reminders.sent(),
                invitations.failed() + reminders.failed());
        if (run.mailedAnything()) {
            LOGGER.log(Level.INFO, "Mailed {0} survey invitations and {1} reminders; {2} wait for later",
                    new Object[] {run.sent(), run.reminded(), run.failed()});
        }
        return run;
    }

    private Tally deliver(List<Long> due, LongFunction<Optional<OutgoingInvitation>> claim,
            LongConsumer record) {
        int sent = 0;
        int failed = 0;
        for (long invitationId : due) {
            Optional<OutgoingInvitation> claimed = claim.apply(invitationId);
            if (claimed.isEmpty()) {
                continue;
            }

            try {
                mailer.send(mails.compose(claimed.get()));
            } catch (MailDeliveryException e) {
                failed++;
                if (e.recipientRefused()) {
                    outbox.holdBackAfterRefusal(invitationId);
                    LOGGER.log(Level.WARNING, "Invitation {0} not mailed: {1}; it is tried again later",
                            new Object[] {invitationId, e.getMessage()});
                    continue;
                }
                outbox.releaseAfterFailedSend(invitationId);
                tellServerDown(e);
                return new Tally(sent, failed, true);
            }

            record.accept(invitationId);
            sent++;
            tellServerBack();
            LOGGER.log(Level.FINE, "Mailed {0}", claimed.get());
        }
        return new Tally(sent, failed, false);
    }

    private void tellOnceThatMailWaits() {
        if (toldNotConfigured.get() || outbox.findDueInvitations(1).isEmpty()) {
            return;
        }
        if (toldNotConfigured.compareAndSet(false, true)) {
            LOGGER.info("Mail is not configured (NPS_SMTP_HOST is not set): survey invitations"
                    + " by email wait, pending, until it is");
        }
    }

    /** Says so the first time; while the server stays down, later runs say it only at FINE. */
    private void tellServerDown(MailDeliveryException e) {
        Level level = serverDown.compareAndSet(false, true) ? Level.WARNING : Level.FINE;
        LOGGER.log(level, "Survey mail waits: {0}", e.getMessage());
    }

    private void tellServerBack() {
        if (serverDown.compareAndSet(true, false)) {
            LOGGER.info("The mail server takes mail again");
        }
    }

    private record Tally(int sent, int failed, boolean serverFailed) {
    }
}
