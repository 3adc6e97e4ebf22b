package org.fieldnps.persistence.capture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fieldnps.domain.capture.Channel;
import org.fieldnps.domain.capture.InvitationDecision;
import org.fieldnps.persistence.customer.Customer;
import org.fieldnps.persistence.settings.Settings;

/**
 * The invitations waiting for a mail, and the moves of an invitation that mailing makes: claimed,
 * sent, reminded, released after a failed send, expired, or suppressed because the customer has
 * opted out since.
 *
 * <p>Several instances share one database and each runs the sender, so an instance first claims
 * an invitation with a conditional update that only one of them can win, commits the claim,
 * sends, and records the send in a second transaction. A claim lapses on its own after
 * {@link #CLAIM}, so an instance that dies while sending holds nothing up for long; one that dies
 * between sending and recording the send is the one way a customer gets a mail twice. Each public
 * method runs in a transaction of its own: callers hold none while they talk to the mail server.
 */
@ApplicationScoped
@Transactional
public class InvitationOutbox {

    /** Longer than any one send may take: the mailer gives up on a silent server well before. */
    public static final Duration CLAIM = Duration.ofMinutes(5);

    private static final int MAXIMUM_DOUBLINGS = 9;
    private static final Logger LOGGER = Logger.getLogger(InvitationOutbox.class.getName());
    private static final List<InvitationState> OPEN = List.of(
            InvitationState.PENDING, InvitationState.SENT, InvitationState.REMINDED);

    @PersistenceContext(unitName = "nps")
    private EntityManager entityManager;

    @Inject
    private Settings settings;

    private Clock clock = Clock.systemUTC();

    protected InvitationOutbox() {
    }

    /** For use outside the container, with an entity manager the caller manages. */
    public InvitationOutbox(EntityManager entityManager, Settings settings, Clock clock) {
        this.entityManager = entityManager;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Closes every invitation, of any channel, whose time is up without an answer. An invitation
     * being sent right now is left to its sender and expires on the next call.
     */
    public int expireOverdue() {
        Instant now = clock.instant();
        int expired = entityManager.createQuery(
                        "update Invitation i set i.state = :expired where i.state in :open"
                                + " and i.expiresAt <= :now and (i.claimedUntil is null or i.claimedUntil < :now)")
                .setParameter("expired", InvitationState.EXPIRED)
                .setParameter("open", OPEN)
                .setParameter("now", now)
                .executeUpdate();

        if (expired > 0) {
            LOGGER.log(Level.INFO, "{0} invitations expired without an answer", expired);
        }
        return expired;
    }

    /**
     * Marks the invitations not yet sent to customers who opted out after they were created as
     * suppressed, so that they are never sent and the job shows why.
     */
    public int suppressOptedOut() {
        Instant now = clock.instant();
        int suppressed = entityManager.createQuery(
                        "update Invitation i set i.state = :suppressed, i.suppressedBecause = :optedOut"
                                + " where i.state = :pending and (i.claimedUntil is null or i.claimedUntil < :now)"
                                + " and i.job in (select j from Job j where j.customer.optedOut = true)")
                .setParameter("suppressed", InvitationState.SUPPRESSED)
                .setParameter("optedOut", InvitationDecision.OPTED_OUT)
                .setParameter("pending", InvitationState.PENDING)
                .setParameter("now", now)
                .executeUpdate();

        if (suppressed > 0) {
            LOGGER.log(Level.INFO, "{0} invitations not sent: the customers opted out", suppressed);
        }
        return suppressed;
    }

    /**
     * The email invitations waiting for their first mail and free to claim: those that failed
     * least often first, then the oldest, so that one address the server keeps refusing does not
     * hold up the rest.
     */
    public List<Long> findDueInvitations(int limit) {
        Instant now = clock.instant();
        return entityManager.createQuery(
                        "select i.id from Invitation i join i.job j join j.customer c"
                                + " where i.state = :pending and i.channel = :email and i.expiresAt > :now"
                                + " and (i.claimedUntil is null or i.claimedUntil < :now)"
                                + " and c.email is not null and c.optedOut = false"
                                + " order by i.sendAttempts, i.createdAt, i.id", Long.class)
                .setParameter("pending", InvitationState.PENDING)
                .setParameter("email", Channel.EMAIL)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The email invitations sent long enough ago, still without an answer, due their one reminder. */
    public List<Long> findDueReminders(int limit) {
        Instant now = clock.instant();
        return entityManager.createQuery(
                        "select i.id from Invitation i join i.job j join j.customer c"
                                + " where i.state = :sent and i.channel = :email and i.expiresAt > :now"
                                + " and i.sentAt <= :remindBefore"
                                + " and (i.claimedUntil is null or i.claimedUntil < :now)"
                                + " and c.email is not null and c.optedOut = false"
                                + " order by i.sendAttempts, i.sentAt, i.id", Long.class)
                .setParameter("sent", InvitationState.SENT)
                .setParameter("email", Channel.EMAIL)
                .setParameter("now", now)
                .setParameter("remindBefore", remindBefore(now))
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Claims a pending invitation for its first mail. Empty when another instance has it, or it
     * is no longer due: sent, answered, expired, or its customer opted out or lost the address.
     */
    public Optional<OutgoingInvitation> claimInvitation(long invitationId) {
        return claim(invitationId, false);
    }

    /** Claims a sent invitation for its reminder; empty when it is not, or no longer, due one. */
    public Optional<OutgoingInvitation> claimReminder(long invitationId) {
        return claim(invitationId, true);
    }

    /** Records that the first mail went out. Does nothing if the invitation moved on meanwhile. */
    public void markSent(long invitationId) {
        Invitation invitation = lock(invitationId);
        if (invitation.getState() != InvitationState.PENDING) {
            LOGGER.log(Level.FINE, "Invitation {0} was {1} by the time its mail went out",
                    new Object[] {invitationId, invitation.getState()});
            return;
        }
        invitation.markSent(clock.instant());
    }

    /** Records that the reminder went out. Does nothing if the invitation moved on meanwhile. */
    public void markReminded(long invitationId) {
        Invitation invitation = lock(invitationId);
        if (invitation.getState() != InvitationState.SENT) {
            LOGGER.log(Level.FINE, "Invitation {0} was {1} by the time its reminder went out",
                    new Object[] {invitationId, invitation.getState()});
            return;
        }
        invitation.markReminded(clock.instant());
    }

    /** Gives a claimed invitation back after its mail could not be sent, for a later try. */
    public void releaseAfterFailedSend(long invitationId) {
        lock(invitationId).releaseAfterFailedSend();
    }

    /**
     * Gives back an invitation whose recipient the server refused, to be tried again after a wait
     * that doubles with every refusal, from a minute up to about eight hours.
     */
    public void holdBackAfterRefusal(long invitationId) {
        Invitation invitation = lock(invitationId);
        invitation.holdBackAfterRefusal(clock.instant().plus(backOffAfter(invitation.getSendAttempts())));
    }

    /** How long to wait before trying an address again that was refused so many times before. */
    static Duration backOffAfter(int earlierAttempts) {
        return Duration.ofMinutes(1L << Math.min(earlierAttempts, MAXIMUM_DOUBLINGS));
    }

    private Optional<OutgoingInvitation> claim(long invitationId, boolean reminder) {
        Instant now = clock.instant();
        Optional<Invitation> found = entityManager.createQuery(
                        "select i from Invitation i join fetch i.job j join fetch j.engineer"
                                + " join fetch j.customer join fetch j.serviceType where i.id = :id", Invitation.class)
                .setParameter("id", invitationId)
                .getResultStream()
                .findFirst();
        if (found.isEmpty() || !isMailable(found.get().getJob().getCustomer())) {
            return Optional.empty();
        }

        int claimed = entityManager.createQuery(
                        "update Invitation i set i.claimedUntil = :until where i.id = :id and i.state = :state"
                                + " and i.channel = :email and i.expiresAt > :now"
                                + " and (i.claimedUntil is null or i.claimedUntil < :now)"
                                + " and (i.sentAt is null or i.sentAt <= :remindBefore)")
                .setParameter("until", now.plus(CLAIM))
                .setParameter("id", invitationId)
                .setParameter("state", reminder ? InvitationState.SENT : InvitationState.PENDING)
                .setParameter("email", Channel.EMAIL)
                .setParameter("now", now)
                .setParameter("remindBefore", remindBefore(now))
                .executeUpdate();
        if (claimed == 0) {
            LOGGER.log(Level.FINE, "Invitation {0} is taken or no longer due", invitationId);
            return Optional.empty();
        }

        return Optional.of(outgoing(found.get(), reminder));
    }

    private OutgoingInvitation outgoing(Invitation invitation, boolean reminder) {
        Job job = invitation.getJob();
        return new OutgoingInvitation(invitation.getId(), reminder, invitation.getToken(),
                job.getCustomer().getEmail(), job.getCustomer().getLanguage(),
                settings.current().getCompanyName(), job.getEngineer().getFirstName(),
                job.getServiceType().getCode(), job.getServiceType().getName(), job.getCompletedAt(),
                invitation.getExpiresAt());
    }

    /** Sent at or before this instant, an unanswered invitation is due its reminder now. */
    private Instant remindBefore(Instant now) {
        return now.minus(Duration.ofDays(settings.surveyRules().reminderDays()));
    }

    private Invitation lock(long invitationId) {
        Invitation invitation = entityManager.find(Invitation.class, invitationId,
                LockModeType.PESSIMISTIC_WRITE);
        if (invitation == null) {
            throw new IllegalArgumentException("No invitation has the id " + invitationId);
        }
        return invitation;
    }

    private static boolean isMailable(Customer customer) {
        return customer.getEmail() != null && !customer.isOptedOut();
    }
}
