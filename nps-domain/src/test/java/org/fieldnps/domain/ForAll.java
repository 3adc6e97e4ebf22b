package org.fieldnps.domain;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Runs a property test: one assertion checked against hand-picked edge cases and then against
 * many generated inputs. The seed is fixed so that the build is repeatable and a failure can be
 * replayed; run with {@code -Dnps.property.seed=...} to explore other inputs and
 * {@code -Dnps.property.tries=...} to try more of them. A failure names the input that broke the
 * property and the seed that produced it.
 *
 * <p>Property tests here use this small harness rather than jqwik because jqwik's maintainers ask,
 * from version 1.10, that the library not be used by AI coding agents, and these tests were written
 * with one. It has no shrinking: generators keep their values small often enough that a failing
 * input is usually readable as it is.
 */
public final class ForAll {

    /** Why 1000: as many as jqwik's default, and the whole domain suite still runs in seconds. */
    public static final int TRIES = Integer.getInteger("nps.property.tries", 1000);

    public static final long SEED = Long.getLong("nps.property.seed", 20_261_203L);

    private ForAll() {
    }

    /**
     * Makes one input from a source of randomness; called once per try.
     *
     * @param <T> the kind of input
     */
    @FunctionalInterface
    public interface Generator<T> {

        T next(SplittableRandom random);
    }

    public static <T> void check(Generator<T> generator, Consumer<T> property) {
        check(List.of(), generator, property);
    }

    /**
     * @param edgeCases inputs that are tried first, because boundaries are where rules break
     * @param generator makes the remaining {@link #TRIES} inputs
     * @param property  assertions about one input; it fails by throwing
     */
    public static <T> void check(List<T> edgeCases, Generator<T> generator, Consumer<T> property) {
        for (T edgeCase : edgeCases) {
            verify(edgeCase, property, "edge case");
        }

        SplittableRandom random = new SplittableRandom(SEED);
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            verify(generator.next(random), property, "try " + attempt + " of seed " + SEED);
        }
    }

    private static <T> void verify(T input, Consumer<T> property, String where) {
        try {
            property.accept(input);
        } catch (AssertionError | RuntimeException failure) {
            throw new AssertionError("Property failed at " + where + " for input " + input + ":\n"
                    + failure.getMessage(), failure);
        }
    }
}
