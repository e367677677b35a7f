package org.repatria.server.identification;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.repatria.kinship.KinshipData;
import org.repatria.kinship.KinshipEngine;
import org.repatria.kinship.KinshipException;
import org.repatria.kinship.search.JointParameters;
import org.repatria.kinship.search.JointResult;
import org.repatria.kinship.search.JointTooLarge;
import org.repatria.server.error.HttpProblem;

/**
 * Runs joint searches one at a time on a background thread and keeps each case's last state in memory (the result is
 * derived from the stored files and is run again after a restart; docs/decisions/0174). At most {@link #MAX_KEPT}
 * cases' results are kept; the least recently asked for goes first.
 */
final class JointSearchRunner {
    /** The most cases whose joint result is kept in memory. */
    static final int MAX_KEPT = 32;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dna-joint-search");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, JointState> states = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, JointState> eldest) {
            return size() > MAX_KEPT && !(eldest.getValue() instanceof JointState.Running);
        }
    };

    JointSearchRunner(Clock clock) {
        this.clock = clock;
    }

    /** Queues the joint search; 409 while one runs for this case. */
    void start(String caseId, JointParameters parameters, Supplier<KinshipData> data) {
        synchronized (states) {
            if (states.get(caseId) instanceof JointState.Running) {
                throw HttpProblem.conflict("joint_running", "a joint search of this case is running; wait for it to end");
            }
            states.put(caseId, new JointState.Running("pairs", 0, 0));
        }
        worker.execute(() -> put(caseId, run(caseId, parameters, data)));
    }

    JointState state(String caseId) {
        synchronized (states) {
            return states.getOrDefault(caseId, new JointState.NotRun());
        }
    }

    private JointState run(String caseId, JointParameters p, Supplier<KinshipData> data) {
        try {
            JointResult r = new KinshipEngine(data.get(), p.theta()).identifyJointly(p,
                    (phase, done, total) -> put(caseId, new JointState.Running(phase, done, total)));
            return new JointState.Done(clock.instant(), p.limit(), p.theta(), r.rows(), r.unidentified(), r.groups(), r.assignments());
        } catch (JointTooLarge e) {
            return new JointState.Refused(e.limitName(), e.limit(), e.getMessage());
        } catch (KinshipException | HttpProblem e) {
            return new JointState.Failed(e.getMessage());
        } catch (RuntimeException e) {
            return new JointState.Failed("the joint search stopped on an internal error (" + e.getClass().getSimpleName()
                    + "); run it again, and report it if it repeats");
        }
    }

    private void put(String caseId, JointState s) {
        synchronized (states) {
            states.put(caseId, s);
        }
    }
}
