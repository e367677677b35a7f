package org.repatria.server.exchange;

import java.util.Optional;
import java.util.function.Supplier;
import org.repatria.server.error.HttpProblem;
import org.repatria.store.DuplicateException;
import org.repatria.store.exchange.StaleStateException;

/**
 * The store's refusals that mean someone acted first (a step, nomination or signature already recorded, a person moved
 * meanwhile): a 409 with the store's message. Nothing of the action was stored, so the caller reloads and tries again.
 */
final class StoreConflicts {
    private StoreConflicts() {
    }

    /** Runs one store write of an action. */
    static void write(Runnable write) {
        written(() -> {
            write.run();
            return null;
        });
    }

    /** Runs one store write of an action; what it returns. */
    static <T> T written(Supplier<T> write) {
        try {
            return write.get();
        } catch (DuplicateException | StaleStateException e) {
            throw new HttpProblem(409, "conflict", e.getMessage(), Optional.empty());
        }
    }
}
