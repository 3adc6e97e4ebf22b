package org.fieldnps.reporting.delivery.invitations;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.fieldnps.persistence.TestDatabase;
import org.fieldnps.persistence.capture.InvitationOutbox;
import org.fieldnps.persistence.capture.OutgoingInvitation;
import org.fieldnps.persistence.settings.Settings;

/**
 * The outbox as the container gives it to the sender: every call a transaction of its own, here
 * on a test database and a clock the test moves.
 */
final class TransactionalOutbox extends InvitationOutbox {

    private final TestDatabase database;
    private final Clock clock;

    TransactionalOutbox(TestDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public int expireOverdue() {
        return inTransaction(InvitationOutbox::expireOverdue);
    }

    @Override
    public int suppressOptedOut() {
        return inTransaction(InvitationOutbox::suppressOptedOut);
    }

    @Override
    public List<Long> findDueInvitations(int limit) {
        return inTransaction(outbox -> outbox.findDueInvitations(limit));
    }

    @Override
    public List<Long> findDueReminders(int limit) {
        return inTransaction(outbox -> outbox.findDueReminders(limit));
    }

    @Override
    public Optional<OutgoingInvitation> claimInvitation(long invitationId) {
        return inTransaction(outbox -> outbox.claimInvitation(invitationId));
    }

    @Override
    public Optional<OutgoingInvitation> claimReminder(long invitationId) {
        return inTransaction(outbox -> outbox.claimReminder(invitationId));
    }

    @Override
    public void markSent(long invitationId) {
        database.execute(em -> outbox(em).markSent(invitationId));
    }

    @Override
    public void markReminded(long invitationId) {
        database.execute(em -> outbox(em).markReminded(invitationId));
    }

    @Override
    public void releaseAfterFailedSend(long invitationId) {
        database.execute(em -> outbox(em).releaseAfterFailedSend(invitationId));
    }

    @Override
    public void holdBackAfterRefusal(long invitationId) {
        database.execute(em -> outbox(em).holdBackAfterRefusal(invitationId));
    }

    private <T> T inTransaction(Function<InvitationOutbox, T> work) {
        return database.inTransaction(em -> work.apply(outbox(em)));
    }

    private InvitationOutbox outbox(EntityManager em) {
        return new InvitationOutbox(em, new Settings(em), clock);
    }
}
