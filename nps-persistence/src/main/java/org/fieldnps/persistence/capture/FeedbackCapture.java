package org.fieldnps.persistence.capture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.fieldnps.domain.BusinessRuleException;
import org.fieldnps.domain.ConflictException;
import org.fieldnps.domain.InvalidInputException;
import org.fieldnps.domain.NotFoundException;
import org.fieldnps.domain.UnknownReferenceException;
import org.fieldnps.domain.capture.Channel;
import org.fieldnps.domain.capture.InvitationDecision;
import org.fieldnps.domain.capture.ReasonText;
import org.fieldnps.domain.capture.SurveyRules;
import org.fieldnps.domain.organisation.CustomerTier;
import org.fieldnps.domain.scoring.Score;
import org.fieldnps.persistence.capture.BatchRefusedException.RefusedAnswer;
import org.fieldnps.persistence.capture.JobReport.CustomerReport;
import org.fieldnps.persistence.customer.Customer;
import org.fieldnps.persistence.customer.Site;
import org.fieldnps.persistence.organisation.Engineer;
import org.fieldnps.persistence.organisation.ServiceType;
import org.fieldnps.persistence.rollup.FigureRollups;
import org.fieldnps.persistence.settings.Settings;

/**
 * The write side of capturing feedback: completed jobs come in from the field-service system and
 * get their invitation; answers come in from the survey page or from elsewhere and are recorded
 * once. Every method checks all of its input before it writes anything, and runs in one
 * transaction, so that a refused request leaves nothing behind.
 */
@ApplicationScoped
@Transactional
public class FeedbackCapture {

    /** The most answers one batch may carry. */
    public static final int MAXIMUM_BATCH = 500;

    private static final Logger LOGGER = Logger.getLogger(FeedbackCapture.class.getName());
    private static final int ID_MAX_LENGTH = 60;
    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    /**
     * Answers of a batch recorded between two flushes of the persistence context, which is then
     * emptied: every query first looks through the context for changes, so a context holding the
     * whole batch would make each answer slower than the one before.
     */
    private static final int BATCH_FLUSH_INTERVAL = 25;

    @PersistenceContext(unitName = "nps")
    private EntityManager entityManager;

    @Inject
    private Settings settings;

    @Inject
    private Event<ResponseRecorded> responseRecorded;

    private Clock clock = Clock.systemUTC();

    protected FeedbackCapture() {
    }

    /** For use outside the container, with an entity manager the caller manages. */
    public FeedbackCapture(EntityManager entityManager, Settings settings, Event<ResponseRecorded> events,
            Clock clock) {
        this.entityManager = entityManager;
        this.settings = settings;
        this.responseRecorded = events;
        this.clock = clock;
    }

    /**
     * Registers a completed job and decides whether its customer is invited. Reporting the same
     * job again returns the invitation of the first report and changes nothing.
     */
    public RegisteredJob registerJob(JobReport report) {
        return register(report, false);
    }

    /**
     * Registers a job from the organisation's history, such as a row of an imported file, without
     * asking its customer: the visit is long past, and a survey about it now would puzzle them. The
     * job gets a suppressed invitation that says it was imported, which also keeps it out of the
     * fatigue rule. A customer already known keeps the details it has, as they are newer than
     * history's. Reporting the same job again changes nothing, as with {@link #registerJob}.
     */
    public RegisteredJob registerHistoricalJob(JobReport report) {
        return register(report, true);
    }

    private RegisteredJob register(JobReport report, boolean historical) {
        Instant now = clock.instant();
        String jobId = requireId("jobId", report.jobId());
        Optional<Job> known = findJob(jobId);
        if (known.isPresent()) {
            return new RegisteredJob(invitationOf(known.get()), false, decisionOf(invitationOf(known.get())));
        }

        Instant completedAt = require("completedAt", report.completedAt());
        if (completedAt.isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw new InvalidInputException("completedAt", "A job cannot be completed in the future.");
        }
        Engineer engineer = findEngineer(requireId("engineerId", report.engineerId()));
        ServiceType serviceType = findServiceType(require("serviceType", report.serviceType()));
        CustomerReport customerReport = require("customer", report.customer());
        Customer customer = customerFrom(customerReport, !historical);
        Site site = siteFrom(report.siteId(), customer);

        Job job = new Job(jobId, completedAt, engineer, serviceType, customer, site);
        entityManager.persist(job);
        Invitation invitation = historical
                ? importedWithoutInvitation(job, customer, now)
                : invite(job, customer, now);

        LOGGER.log(historical ? Level.FINE : Level.INFO, "Job {0} registered for engineer {1}: {2}",
                new Object[] {jobId, engineer.getFsmId(), invitation.getState()});
        return new RegisteredJob(invitation, true, decisionOf(invitation));
    }

    /**
     * Records an answer collected elsewhere. A repeat of a recorded answer, or a retry under the
     * same idempotency key, returns the first one; a different second answer is a conflict.
     *
     * @param idempotencyKey the client's key for this request, already made unique per client
     */
    public RecordedResponse recordResponse(ResponseReport report, Optional<String> idempotencyKey) {
        return recordResponse(report, idempotencyKey, rollups());
    }

    private RecordedResponse recordResponse(ResponseReport report, Optional<String> idempotencyKey,
            FigureRollups rollups) {
        String fingerprint = fingerprintOf(report);
        if (idempotencyKey.isPresent()) {
            IdempotencyKey seen = entityManager.find(IdempotencyKey.class, idempotencyKey.get());
            if (seen != null) {
                if (!seen.getFingerprint().equals(fingerprint)) {
                    throw new ConflictException("Idempotency-Key",
                            "This Idempotency-Key was already used for a different request.");
                }
                return new RecordedResponse(seen.getResponse(), true);
            }
        }

        Job job = jobNamedBy(report);
        Invitation invitation = findInvitation(job).orElse(null);
        Score score = Score.of(require("score", report.score()));
        String reason = ReasonText.clean(report.reason());
        Channel channel = report.channel() == null && invitation != null
                ? invitation.getChannel()
                : Channel.parse(report.channel());
        Instant now = clock.instant();
        Instant receivedAt = report.receivedAt() == null ? now : report.receivedAt();
        if (receivedAt.isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw new InvalidInputException("receivedAt", "An answer cannot be received in the future.");
        }
        if (receivedAt.isBefore(job.getCompletedAt())) {
            throw new InvalidInputException("receivedAt", "An answer cannot be received before its job was done.");
        }

        Optional<SurveyResponse> earlier = findResponse(job);
        if (earlier.isPresent()) {
            if (earlier.get().says(score, reason)) {
                return new RecordedResponse(earlier.get(), true);
            }
            throw new ConflictException("jobId", "Job " + job.getFsmJobId() + " already has a different answer.");
        }

        SurveyResponse response = new SurveyResponse(job, invitation, score, reason, channel, receivedAt);
        entityManager.persist(response);
        rollups.countResponse(response);
        if (invitation != null) {
            invitation.markAnswered(receivedAt);
            rollups.countAnswer(invitation);
        }
        entityManager.flush();
        idempotencyKey.ifPresent(key -> entityManager.persist(new IdempotencyKey(key, fingerprint, response, now)));

        announce(response);
        return new RecordedResponse(response, false);
    }

    /**
     * Records a batch of answers collected elsewhere, all or none. Every answer is checked as
     * {@link #recordResponse} checks it; if any is refused, none is recorded and the refusal lists
     * each refused answer by its place in the batch. An answer already recorded the same way is
     * returned as replayed, so that sending a batch again records nothing twice.
     *
     * @throws BatchRefusedException when any answer breaks a rule
     */
    public List<RecordedResponse> recordResponses(List<ResponseReport> reports) {
        if (reports == null || reports.isEmpty()) {
            throw new InvalidInputException("items", "Send at least one answer in items.");
        }
        if (reports.size() > MAXIMUM_BATCH) {
            throw new InvalidInputException("items", "Send at most " + MAXIMUM_BATCH + " answers at a time.");
        }

        AnswerBatch answers = answerBatch();
        List<RecordedResponse> recorded = new ArrayList<>(reports.size());
        List<RefusedAnswer> refused = new ArrayList<>();
        for (int index = 0; index < reports.size(); index++) {
            try {
                ResponseReport report = reports.get(index);
                if (report == null) {
                    throw new InvalidInputException(null, "Each item must be an answer: a JSON object.");
                }
                recorded.add(answers.record(report));
            } catch (BusinessRuleException refusal) {
                refused.add(new RefusedAnswer(index, refusal));
            }
            if ((index + 1) % BATCH_FLUSH_INTERVAL == 0) {
                entityManager.flush();
                entityManager.clear();
            }
        }
        if (!refused.isEmpty()) {
            throw new BatchRefusedException(refused);
        }
        answers.finish();

        LOGGER.log(Level.FINE, "A batch of {0} answers recorded", reports.size());
        return recorded;
    }

    /**
     * Starts recording many answers in the caller's transaction, such as the rows of an imported
     * file: each is recorded as {@link #recordResponse} records it, but the rollups are counted
     * once, at {@link AnswerBatch#finish()}, which must come before the commit.
     */
    public AnswerBatch answerBatch() {
        return new AnswerBatch(FigureRollups.gathering(entityManager));
    }

    /** Answers recorded together, whose rollup counts are written when the batch finishes. */
    public final class AnswerBatch {

        private final FigureRollups rollups;

        private AnswerBatch(FigureRollups rollups) {
            this.rollups = rollups;
        }

        /** Records one answer as {@link FeedbackCapture#recordResponse} does, without an idempotency key. */
        public RecordedResponse record(ResponseReport report) {
            return recordResponse(report, Optional.empty(), rollups);
        }

        /** Writes the rollup counts of every answer recorded. */
        public void finish() {
            rollups.writeGathered();
        }
    }

    /**
     * Records or changes the answer given on the survey page. A first answer needs an open
     * invitation; a change needs to come within the time the survey rules allow.
     */
    public SurveyResponse answerSurvey(String token, int scoreValue, String typedReason) {
        Invitation invitation = findInvitationByToken(token)
                .orElseThrow(() -> new NotFoundException("token", "This survey link is not known."));
        Score score = Score.of(scoreValue);
        String reason = ReasonText.clean(typedReason);
        Instant now = clock.instant();

        Optional<SurveyResponse> earlier = findResponse(invitation.getJob());
        if (earlier.isPresent()) {
            SurveyResponse response = earlier.get();
            if (!settings.surveyRules().mayChange(response.getReceivedAt(), now)) {
                throw new ConflictException("score", "This answer can no longer be changed.");
            }
            Score before = response.getScore();
            response.change(score, reason, now);
            rollups().moveResponse(response, before);
            announce(response);
            return response;
        }
        if (!invitation.isOpen(now)) {
            throw new ConflictException("token", "This survey has closed.");
        }

        SurveyResponse response = new SurveyResponse(invitation.getJob(), invitation, score, reason,
                invitation.getChannel(), now);
        entityManager.persist(response);
        rollups().countResponse(response);
        invitation.markAnswered(now);
        rollups().countAnswer(invitation);
        entityManager.flush();
        announce(response);
        return response;
    }

    /** The customer behind the invitation asks never to be surveyed again. */
    public void unsubscribe(String token) {
        Invitation invitation = findInvitationByToken(token)
                .orElseThrow(() -> new NotFoundException("token", "This link is not known."));
        Customer customer = invitation.getJob().getCustomer();
        if (!customer.isOptedOut()) {
            customer.optOut();
            LOGGER.log(Level.INFO, "Customer {0} opted out of surveys", customer.getFsmId());
        }
    }

    public Optional<Invitation> findInvitationByToken(String token) {
        if (!SurveyTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        return entityManager.createQuery(
                        "select i from Invitation i join fetch i.job j join fetch j.engineer join fetch j.customer"
                                + " join fetch j.serviceType where i.token = :token", Invitation.class)
                .setParameter("token", token)
                .getResultStream()
                .findFirst();
    }

    public Optional<SurveyResponse> findResponse(Job job) {
        return entityManager.createQuery("select r from SurveyResponse r where r.job = :job", SurveyResponse.class)
                .setParameter("job", job)
                .getResultStream()
                .findFirst();
    }

    private Invitation invite(Job job, Customer customer, Instant now) {
        SurveyRules rules = settings.surveyRules();
        Optional<Instant> lastInvited = entityManager.createQuery(
                        "select max(i.createdAt) from Invitation i where i.job.customer = :customer"
                                + " and i.state <> org.fieldnps.persistence.capture.InvitationState.SUPPRESSED",
                        Instant.class)
                .setParameter("customer", customer)
                .getResultStream()
                .filter(Objects::nonNull)
                .findFirst();
        InvitationDecision decision = rules.decide(customer.isOptedOut(), lastInvited, now);
        Channel channel = customer.getEmail() != null ? Channel.EMAIL : Channel.SMS;

        Invitation invitation = decision.invites()
                ? new Invitation(job, SurveyTokens.next(), channel, now, rules.expiryOf(now))
                : Invitation.suppressed(job, SurveyTokens.next(), channel, now, decision);
        entityManager.persist(invitation);
        rollups().countInvitation(invitation);
        return invitation;
    }

    private Invitation importedWithoutInvitation(Job job, Customer customer, Instant now) {
        Channel channel = customer.getEmail() != null ? Channel.EMAIL : Channel.SMS;
        Invitation invitation = Invitation.suppressed(job, SurveyTokens.next(), channel, now,
                InvitationDecision.IMPORTED);
        entityManager.persist(invitation);
        return invitation;
    }

    /** @param updateKnown whether a customer already known takes the details of this report */
    private Customer customerFrom(CustomerReport report, boolean updateKnown) {
        String id = requireId("customer.id", report.id());
        String name = requireText("customer.name", report.name(), 200);
        CustomerTier tier = CustomerTier.parse(report.tier());
        String email = optionalText("customer.email", report.email(), 254);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("customer.email", "This is not an email address.");
        }
        String phone = optionalText("customer.phone", report.phone(), 40);
        String language = report.language() == null ? "en" : report.language().strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGE.matcher(language).matches()) {
            throw new InvalidInputException("customer.language", "A language is a two-letter code such as en or de.");
        }

        Optional<Customer> known = entityManager.createQuery(
                        "select c from Customer c where c.fsmId = :id", Customer.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
        if (known.isPresent() && !updateKnown) {
            return known.get();
        }
        Customer customer = known.orElseGet(() -> {
            Customer created = new Customer(id, name, tier, language);
            entityManager.persist(created);
            return created;
        });
        customer.update(name, tier, language);
        customer.setContact(email, phone);
        return customer;
    }

    private Site siteFrom(String siteId, Customer customer) {
        if (siteId == null || siteId.isBlank()) {
            return null;
        }
        String id = requireId("siteId", siteId);
        Site site = entityManager.createQuery("select s from Site s where s.fsmId = :id", Site.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Site created = new Site(id, customer, customer.getName(), null);
                    entityManager.persist(created);
                    return created;
                });
        if (!site.getCustomer().getId().equals(customer.getId())) {
            throw new InvalidInputException("siteId", "Site " + id + " belongs to another customer.");
        }
        return site;
    }

    private Job jobNamedBy(ResponseReport report) {
        boolean hasToken = report.token() != null && !report.token().isBlank();
        boolean hasJobId = report.jobId() != null && !report.jobId().isBlank();
        if (!hasToken && !hasJobId) {
            throw new InvalidInputException("jobId", "Name the job by its jobId or by the invitation token.");
        }
        Job job = hasToken
                ? findInvitationByToken(report.token().strip())
                        .orElseThrow(() -> new NotFoundException("token", "No invitation has this token."))
                        .getJob()
                : findJobWithAttribution(requireId("jobId", report.jobId()))
                        .orElseThrow(() -> new NotFoundException("jobId", "No job has this id."));
        if (hasToken && hasJobId && !job.getFsmJobId().equals(report.jobId().strip())) {
            throw new InvalidInputException("jobId", "The token and the jobId name different jobs.");
        }
        return job;
    }

    private Optional<Job> findJob(String fsmJobId) {
        return entityManager.createQuery("select j from Job j where j.fsmJobId = :id", Job.class)
                .setParameter("id", fsmJobId)
                .getResultStream()
                .findFirst();
    }

    /**
     * The job with everything an answer to it is attributed to, read in one query rather than one
     * query per attribute as the answer is recorded and described.
     */
    private Optional<Job> findJobWithAttribution(String fsmJobId) {
        return entityManager.createQuery("select j from Job j join fetch j.engineer e join fetch e.team t"
                        + " join fetch t.region join fetch j.serviceType join fetch j.customer"
                        + " where j.fsmJobId = :id", Job.class)
                .setParameter("id", fsmJobId)
                .getResultStream()
                .findFirst();
    }

    private Optional<Invitation> findInvitation(Job job) {
        return entityManager.createQuery("select i from Invitation i where i.job = :job", Invitation.class)
                .setParameter("job", job)
                .getResultStream()
                .findFirst();
    }

    private Invitation invitationOf(Job job) {
        return findInvitation(job).orElseThrow(() -> new IllegalStateException("Job without invitation"));
    }

    private Engineer findEngineer(String fsmId) {
        return entityManager.createQuery(
                        "select e from Engineer e join fetch e.team t join fetch t.region where e.fsmId = :id",
                        Engineer.class)
                .setParameter("id", fsmId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new UnknownReferenceException("engineerId",
                        "No engineer has the id " + fsmId + "; register the engineer first."));
    }

    private ServiceType findServiceType(String code) {
        return entityManager.createQuery("select s from ServiceType s where lower(s.code) = :code", ServiceType.class)
                .setParameter("code", code.strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new UnknownReferenceException("serviceType",
                        "Unknown service type; known types are " + String.join(", ", entityManager.createQuery(
                                "select s.code from ServiceType s order by s.code", String.class).getResultList())
                                + "."));
    }

    private void announce(SurveyResponse response) {
        LOGGER.log(Level.INFO, "Response {0} recorded for job {1}: score {2}", new Object[] {
            response.getId(), response.getJob().getFsmJobId(), response.getScore().value()});
        responseRecorded.fire(ResponseRecorded.of(response));
    }

    /** The figures' counts, kept in this transaction with what they count. */
    private FigureRollups rollups() {
        return new FigureRollups(entityManager);
    }

    private static InvitationDecision decisionOf(Invitation invitation) {
        InvitationDecision suppressedBecause = invitation.getSuppressedBecause();
        return suppressedBecause == null ? InvitationDecision.INVITE : suppressedBecause;
    }

    private static <T> T require(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, field + " is required.");
        }
        return value;
    }

    private static String requireId(String field, String value) {
        return requireText(field, value, ID_MAX_LENGTH);
    }

    private static String requireText(String field, String value, int maximumLength) {
        String text = optionalText(field, value, maximumLength);
        if (text == null) {
            throw new InvalidInputException(field, field + " is required.");
        }
        return text;
    }

    private static String optionalText(String field, String value, int maximumLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > maximumLength) {
            throw new InvalidInputException(field, field + " has at most " + maximumLength + " characters.");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(field, field + " contains control characters.");
        }
        return text;
    }

    private static String fingerprintOf(ResponseReport report) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(report.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
