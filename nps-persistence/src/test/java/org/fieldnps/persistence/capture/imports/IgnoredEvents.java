package org.fieldnps.persistence.capture.imports;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

/** Stands in for CDI's event bus outside the container and counts what was fired. */
final class IgnoredEvents<T> implements Event<T> {

    final AtomicInteger fired = new AtomicInteger();

    @Override
    public void fire(T event) {
        fired.incrementAndGet();
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event) {
        fired.incrementAndGet();
        return CompletableFuture.completedFuture(event);
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
        return fireAsync(event);
    }

    @Override
    public Event<T> select(Annotation... qualifiers) {
        return this;
    }

    @Override
    public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }
}
