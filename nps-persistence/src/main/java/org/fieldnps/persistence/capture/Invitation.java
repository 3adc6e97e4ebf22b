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
}
