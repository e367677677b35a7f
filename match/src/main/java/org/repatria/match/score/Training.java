package org.repatria.match.score;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.repatria.match.compare.Field;

/**
 * Trains the model as Splink does, without labels: one EM session per blocking key on the candidates that key
 * produced, each estimating m only for the fields the key did not look at; the sessions' m are averaged (weighted by
 * the matches each found); then the prior that two random people match is fitted over all candidates, the pairs never
 * compared counting as non-matches.
 */
public final class Training {
    private static final int ITERATIONS = 25;
    private static final Field[] FIELDS = Field.values();

    private Training() {
    }

    /**
     * @param levels   level vectors of the candidates (candidates × fields)
     * @param keys     per candidate, the mask of blocking keys that produced it
     * @param keyFields per blocking key, the fields it looked at
     * @param u        u from random pairs
     * @param allPairs the number of possible pairs (left × right, or n(n−1)/2 within one list)
     * @param expected the most matches there can be (the shorter list's length)
     */
    public static Model train(byte[] levels, short[] keys, List<Set<Field>> keyFields, double[][] u, double allPairs,
                              double expected) {
        double[][] sum = new double[FIELDS.length][];
        double[] weight = new double[FIELDS.length];
        for (Field f : FIELDS) {
            sum[f.ordinal()] = new double[f.levelCount()];
        }
        Session[] sessions = sessions(levels, keys, keyFields, u, expected);
        for (int k = 0; k < keyFields.size(); k++) {
            if (sessions[k] == null) {
                continue;
            }
            Model session = sessions[k].model();
            double found = sessions[k].found();
            for (Field f : FIELDS) {
                if (!keyFields.get(k).contains(f)) {
                    for (int l = 1; l < f.levelCount(); l++) {
                        sum[f.ordinal()][l] += found * session.m()[f.ordinal()][l];
                    }
                    weight[f.ordinal()] += found;
                }
            }
        }
        double[][] start = Estimation.start();
        double[][] m = new double[FIELDS.length][];
        for (Field f : FIELDS) {
            int i = f.ordinal();
            m[i] = new double[f.levelCount()];
            for (int l = 1; l < f.levelCount(); l++) {
                m[i][l] = weight[i] > 0 ? sum[i][l] / weight[i] : start[i][l];
            }
        }
        return new Model(prior(levels, m, u, allPairs, expected), m, u);
    }

    /** One key's EM session and the matches it found. */
    private record Session(Model model, double found) {
    }

    /**
     * Each key's EM session (null for a key with no candidates), two at a time: a session's selection and sorting run on
     * all cores, but its counting and iterations on one, which the other session's work fills (docs/decisions/0170).
     * Each session depends only on its key's candidates, so the models are the same whatever the threads' timing.
     */
    private static Session[] sessions(byte[] levels, short[] keys, List<Set<Field>> keyFields, double[][] u,
                                      double expected) {
        Session[] sessions = new Session[keyFields.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable lane = () -> {
            for (int k = next.getAndIncrement(); k < sessions.length; k = next.getAndIncrement()) {
                byte[] mine = Patterns.select(levels, keys, k);
                if (mine != null) {
                    int count = mine.length / FIELDS.length;
                    double cap = Math.min(1 - 1e-9, expected / count);
                    Model session = Estimation.em(mine, u, cap / 2, cap, keyFields.get(k), ITERATIONS);
                    sessions[k] = new Session(session, session.prior() * count);
                }
            }
        };
        CompletableFuture<Void> other = CompletableFuture.runAsync(lane);
        lane.run();
        other.join();
        return sessions;
    }

    /**
     * {@code model}'s m and u with the prior fitted anew over other candidates (another population of pairs, such as
     * the pairs within one of the two lists the model was learnt between): no EM session, no u sample.
     */
    public static Model refit(Model model, byte[] levels, double allPairs, double expected) {
        return new Model(prior(levels, model.m(), model.u(), allPairs, expected), model.m(), model.u());
    }

    /** The fixed point of "prior = expected matches among candidates / all pairs". */
    private static double prior(byte[] levels, double[][] m, double[][] u, double allPairs, double expected) {
        // Each distinct level vector's Bayes factor once; each pass sums the pairs' shares in the pairs' order, as one
        // loop over the pairs did, so the prior is the same to the last bit (the vectors are looked up on all cores).
        Patterns.Indexed patterns = Patterns.indexed(levels);
        long[] distinct = patterns.distinct();
        int[] index = patterns.index();
        double[] bayes = new double[distinct.length];
        for (int d = 0; d < distinct.length; d++) {
            double b = 1;
            for (int f = 0; f < FIELDS.length; f++) {
                int l = Patterns.level(distinct[d], f);
                if (l > 0) {
                    b *= m[f][l] / u[f][l];
                }
            }
            bayes[d] = b;
        }
        double[] share = new double[distinct.length];
        double lambda = Math.max(1, expected / 2) / Math.max(1, allPairs);
        for (int it = 0; it < ITERATIONS; it++) {
            double odds = lambda / (1 - lambda);
            for (int d = 0; d < distinct.length; d++) {
                share[d] = odds * bayes[d] / (1 + odds * bayes[d]);
            }
            double found = 0;
            for (int i : index) {
                found += share[i];
            }
            lambda = Math.min(Math.max(found, 1e-3), Math.max(1, expected)) / Math.max(1, allPairs);
        }
        return Math.min(lambda, 1 - 1e-9);
    }
}
