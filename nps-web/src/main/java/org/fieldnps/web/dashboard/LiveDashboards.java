package org.fieldnps.web.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
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
 * <p>Known shortcoming: Faces push reaches the browsers connected to this instance only. With
 * several instances, a dashboard open on another instance refreshes on its next reload; relaying
 * {@link ResponseRecorded} through Payara's clustered CDI events would remove that.
 */
@ApplicationScoped
public class LiveDashboards {

    static final String CHANNEL = "responses";
    static final String REFRESH = "refresh";

    private static final Logger LOGGER = Logger.getLogger(LiveDashboards.class.getName());
    private static final long FLUSH_MILLISECONDS = 300;

    @Inject
    @Push(channel = CHANNEL)
    private PushContext responses;

    @Inject
    private PortalUsers users;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private final Set<Attribution> pending = ConcurrentHashMap.newKeySet();
    private ScheduledFuture<?> flushing;

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

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            Set<String> audience = new HashSet<>();
            for (Attribution attribution : List.copyOf(pending)) {
                pending.remove(attribution);
                audience.addAll(users.usernamesSeeing(attribution.regionId(), attribution.teamId()));
            }
            if (!audience.isEmpty()) {
                responses.send(REFRESH, audience);
            }
        } catch (RuntimeException e) {
            LOGGER.log(Level.WARNING, "Open dashboards not told of new answers", e);
        }
    }

    private record Attribution(long regionId, long teamId) {
    }
}
