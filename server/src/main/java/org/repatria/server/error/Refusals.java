package org.repatria.server.error;

import java.util.function.Supplier;
import org.repatria.core.agreement.AgreementException;
import org.repatria.core.dispute.DisputeTextException;
import org.repatria.core.handover.HandoverException;
import org.repatria.store.DuplicateException;
import org.repatria.store.exchange.StaleStateException;

/**
 * The one translation of refusals into the {@link HttpProblem} a client sees. A rule of an agreement or a handover
 * that forbids the step, or a store write refused because someone acted first (a duplicate, a state changed
 * meanwhile), is a 409 with the refusal's message: nothing of the step was stored, so the caller reloads and tries
 * again. A dispute's or answer's wording that breaks its rules is a 400 naming the field. The log refuses with
 * {@link HttpProblem}s of its own.
 */
public final class Refusals {
    private Refusals() {
    }

    /** Runs {@code step}; what it returns, or its refusal as an {@link HttpProblem}. */
    public static <T> T translate(Supplier<T> step) {
        try {
            return step.get();
        } catch (AgreementException e) {
            throw HttpProblem.conflict("agreement_rule", e.getMessage());
        } catch (HandoverException e) {
            throw HttpProblem.conflict("handover_rule", e.getMessage());
        } catch (DuplicateException e) {
            throw HttpProblem.conflict("duplicate", e.getMessage());
        } catch (StaleStateException e) {
            throw HttpProblem.conflict("stale", e.getMessage());
        } catch (DisputeTextException e) {
            throw HttpProblem.invalid(e.field(), e.getMessage());
        }
    }

    /** Runs {@code step}; its refusal as an {@link HttpProblem}. */
    public static void translate(Runnable step) {
        translate(() -> {
            step.run();
            return null;
        });
    }
}
