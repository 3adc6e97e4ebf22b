package org.fieldnps.web.dashboard;

import fish.payara.micro.cdi.Inbound;
import fish.payara.micro.cdi.Outbound;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fieldnps.persistence.access.PortalUsers;
import org.fieldnps.persistence.capture.ResponseRecorded;

/**
 * Tells open dashboards that new answers arrived, so that they refresh their figures without a
 * reload. Answers are gathered for a short moment and each affected user is told once, so that
 * a burst of hundreds of answers costs a handful of messages; only users whose scope covers the
 * answer's team are told anything.
 *
 * <p>Faces push reaches the browsers connected to this instance. So that a dashboard open on
 * another instance of a cluster hears of an answer too, the users told of each gathering also go
 * out as one clustered CDI event over Payara's data grid; the other instances tell those of them
 * connected there. An instance started with {@code --nocluster} has nobody to tell, and the event
 * goes nowhere.
 */
@ApplicationScoped
public class LiveDashboards {

    static final String CHANNEL = "responses";
    static final String REFRESH = "refresh";
    static final String ANSWERS_ELSEWHERE = "nps-answers-recorded";

    private static final Logger LOGGER = Logger.getLogger(LiveDashboards.class.getName());
    private static final long FLUSH_MILLISECONDS = 300;

    @Inject
    @Push(channel = CHANNEL)
    private PushContext responses;

    @Inject
    @Outbound(eventName = ANSWERS_ELSEWHERE)
    private Event<RefreshFor> otherInstances;

    @Inject
    private PortalUsers users;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private final Set<Attribution> pending = ConcurrentHashMap.newKeySet();
    private ScheduledFuture<?> flushing;

    /**
     * Starts with the application rather than with the first answer, so that the flushing runs
     * in the application's context, not in that of whichever request happened to come first.
     */
    void startWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object application) {
        LOGGER.fine("Live dashboards started");
    }

    @PostConstruct
    void startFlushing() {
        flushing = scheduler.scheduleWithFixedDelay(this::flush, FLUSH_MILLISECONDS, FLUSH_MILLISECONDS,
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stopFlushing() {
        flushing.cancel(false);
    }

    void onResponse(@Observes(during = TransactionPhase.AFTER_SUCCESS) ResponseRecorded recorded) {
        pending.add(new Attribution(recorded.regionId(), recorded.teamId()));
    }

    void onAnswersElsewhere(@Observes @Inbound(eventName = ANSWERS_ELSEWHERE) RefreshFor elsewhere) {
        refresh(elsewhere.usernames());
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<Attribution> arrived = new ArrayList<>();
        for (Attribution attribution : List.copyOf(pending)) {
            pending.remove(attribution);
            arrived.add(attribution);
        }

        Set<String> audience = audienceOf(arrived);
        refresh(audience);

        if (!audience.isEmpty()) {
            try {
                otherInstances.fire(new RefreshFor(audience));
            } catch (RuntimeException e) {
                LOGGER.log(Level.WARNING, "Other instances not told of new answers", e);
            }
        }
    }

    /** Every user who may see any of the answers' teams; none when they cannot be read now. */
    private Set<String> audienceOf(List<Attribution> arrived) {
        Set<String> audience = new HashSet<>();
        try {
            for (Attribution attribution : arrived) {
                audience.addAll(users.usernamesSeeing(attribution.regionId(), attribution.teamId()));
            }
        } catch (RuntimeException e) {
            LOGGER.log(Level.WARNING, "Open dashboards not told of new answers", e);
        }
        return audience;
    }

    private void refresh(Set<String> audience) {
        if (audience.isEmpty()) {
            return;
        }
        try {
            responses.send(REFRESH, audience);
        } catch (RuntimeException e) {
            LOGGER.log(Level.WARNING, "Open dashboards not told of new answers", e);
        }
    }

    private record Attribution(long regionId, long teamId) {
    }

    /**
     * The accounts whose open pages should refresh, for the other instances of the cluster: the
     * instance that recorded the answers has read who sees them, so the others need not.
     */
    record RefreshFor(Set<String> usernames) implements Serializable {

        RefreshFor {
            usernames = Set.copyOf(usernames);
        }
    }
}
