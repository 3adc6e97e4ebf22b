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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.fieldnps.domain.capture.Channel;
import org.fieldnps.domain.capture.ReasonText;
import org.fieldnps.domain.organisation.CustomerTier;
import org.fieldnps.domain.scoring.Category;
import org.fieldnps.domain.scoring.Score;
import org.fieldnps.domain.scoring.ScoringPolicy;
import org.fieldnps.persistence.customer.Customer;
import org.fieldnps.persistence.organisation.Engineer;
import org.fieldnps.persistence.organisation.Region;
import org.fieldnps.persistence.organisation.ServiceType;
import org.fieldnps.persistence.organisation.Team;

/**
 * A customer's answer to the survey for one job. The score is stored raw and its category is
 * derived under the current scoring policy, never stored. Engineer, team, region, service type
 * and customer tier are copied from the job when the response is recorded, so that a later
 * reorganisation does not move old answers.
 */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {

    @Id
    @SequenceGenerator(name = "survey_response_seq", sequenceName = "survey_response_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_response_seq")
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "job_id", unique = true)
    private Job job;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "invitation_id")
    private Invitation invitation;

    @Column(nullable = false)
    private int score;

    @Column(length = ReasonText.MAXIMUM_LENGTH)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "changed_at")
    private Instant changedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "engineer_id")
    private Engineer engineer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    private Team team;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    private Region region;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_type_id")
    private ServiceType serviceType;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_tier", nullable = false, length = 20)
    private CustomerTier customerTier;

    protected SurveyResponse() {
    }

    /** Records an answer for a job, taking the attribution snapshot from the job as it is now. */
    public SurveyResponse(Job job, Invitation invitation, Score score, String reason, Channel channel,
            Instant receivedAt) {
        this.job = job;
        this.invitation = invitation;
        this.score = score.value();
        this.reason = reason;
        this.channel = channel;
        this.receivedAt = asStored(receivedAt);
        this.engineer = job.getEngineer();
        this.team = engineer.getTeam();
        this.region = team.getRegion();
        this.serviceType = job.getServiceType();
        this.customer = job.getCustomer();
        this.customerTier = customer.getTier();
    }

    /** The customer changed their mind within the time allowed; the caller checks that time. */
    public void change(Score newScore, String newReason, Instant now) {
        this.score = newScore.value();
        this.reason = newReason;
        this.changedAt = asStored(now);
    }

    /**
     * A time to the microsecond, as both databases keep it, so that the response in hand answers
     * with the same time as one read back later.
     */
    private static Instant asStored(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    /** Whether a repeated submission says the same as this response. */
    public boolean says(Score otherScore, String otherReason) {
        return score == otherScore.value() && Objects.equals(reason, otherReason);
    }

    public Category categoryUnder(ScoringPolicy policy) {
        return policy.categoryOf(getScore());
    }

    public Long getId() {
        return id;
    }

    public Job getJob() {
        return job;
    }

    public Invitation getInvitation() {
        return invitation;
    }

    public Score getScore() {
        return Score.of(score);
    }

    public String getReason() {
        return reason;
    }

    public Channel getChannel() {
        return channel;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public Engineer getEngineer() {
        return engineer;
    }

    public Team getTeam() {
        return team;
    }

    public Region getRegion() {
        return region;
    }

    public ServiceType getServiceType() {
        return serviceType;
    }

    public Customer getCustomer() {
        return customer;
    }

    public CustomerTier getCustomerTier() {
        return customerTier;
    }
}
