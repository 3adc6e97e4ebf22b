package org.fieldnps.persistence.capture;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.fieldnps.domain.capture.Channel;
import org.fieldnps.domain.capture.InvitationDecision;

/**
 * The survey request for one job. The token is the customer's only key to the survey page, so
 * it is random, long enough not to be guessed, and good for one answer until it expires.
 */
@Entity
public class Invitation {

    @Id
    @SequenceGenerator(name = "invitation_seq", sequenceName = "invitation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invitation_seq")
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "job_id", unique = true)
    private Job job;

    @Column(nullable = false, unique = true, length = 64)
    private String token;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InvitationState state;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "suppressed_because", length = 30)
    private InvitationDecision suppressedBecause;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "send_attempts", nullable = false)
    private int sendAttempts;

    protected Invitation() {
    }

    public Invitation(Job job, String token, Channel channel, Instant createdAt, Instant expiresAt) {
        this.job = job;
        this.token = token;
        this.channel = channel;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.state = InvitationState.PENDING;
    }

    /** An invitation that is recorded but not sent, so that the job still shows why nobody asked. */
    public static Invitation suppressed(Job job, String token, Channel channel, Instant now,
            InvitationDecision because) {
        Invitation invitation = new Invitation(job, token, channel, now, now);
        invitation.state = InvitationState.SUPPRESSED;
        invitation.suppressedBecause = because;
        return invitation;
    }

    /** Whether the survey page may still take an answer through this invitation. */
    public boolean isOpen(Instant now) {
        return (state == InvitationState.PENDING || state == InvitationState.SENT
                || state == InvitationState.REMINDED) && expiresAt.isAfter(now);
    }

    public void markSent(Instant now) {
        state = InvitationState.SENT;
        sentAt = now;
        claimedUntil = null;
    }

    public void markReminded(Instant now) {
        state = InvitationState.REMINDED;
        remindedAt = now;
        claimedUntil = null;
    }

    /** A send that failed: released for another try later. */
    public void releaseAfterFailedSend() {
        sendAttempts++;
        claimedUntil = null;
    }

    /**
     * A send the server refused for this recipient only: counted, and held back until
     * {@code retryAt}, so that an address that keeps failing is not tried every few seconds.
     */
    public void holdBackAfterRefusal(Instant retryAt) {
        sendAttempts++;
        claimedUntil = retryAt;
    }

    public void markAnswered(Instant now) {
        state = InvitationState.ANSWERED;
        answeredAt = now;
    }

    public void expire() {
        state = InvitationState.EXPIRED;
    }

    public Long getId() {
        return id;
    }

    public Job getJob() {
        return job;
    }

    public String getToken() {
        return token;
    }

    public Channel getChannel() {
        return channel;
    }

    public InvitationState getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public InvitationDecision getSuppressedBecause() {
        return suppressedBecause;
    }

    public int getSendAttempts() {
        return sendAttempts;
    }

    /** Until when one instance has the invitation to itself for sending; null when nobody does. */
    public Instant getClaimedUntil() {
        return claimedUntil;
    }
}
