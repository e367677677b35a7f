package org.repatria.bench.load;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The driver's arguments (see {@link LoadDriver}). */
record Options(double seconds, double warmup, List<Integer> clients, List<String> mixes, String heap, Optional<String> url,
               String accounts, long serverPid) {
    Options {
        if (seconds <= 0 || seconds > LoadDriver.MAX_SECONDS || warmup < 0 || warmup > LoadDriver.MAX_SECONDS) {
            throw new IllegalArgumentException("--seconds and --warmup: up to " + LoadDriver.MAX_SECONDS + " s each");
        }
        for (String mix : mixes) {
            if (!LoadDriver.MIXES.containsKey(mix)) {
                throw new IllegalArgumentException("--mix: one of " + LoadDriver.MIXES.keySet() + ", not " + mix);
            }
        }
        if (url.isPresent() && accounts.isEmpty()) {
            throw new IllegalArgumentException("--url needs --accounts FILE: what repatria demo printed (its passwords)");
        }
    }

    /** The defaults: 10 s steps after 3 s of warm-up, 1, 4, 16 and 64 clients, every mix, the demo started here. */
    static Options defaults() {
        return new Options(10, 3, List.of(1, 4, 16, 64), List.of("reads", "log", "all"), "2g", Optional.empty(), "", 0);
    }

    static Options parse(String[] args) {
        Options o = defaults();
        for (int i = 0; i + 1 < args.length; i += 2) {
            String v = args[i + 1];
            o = switch (args[i]) {
                case "--seconds" -> new Options(Double.parseDouble(v), o.warmup, o.clients, o.mixes, o.heap, o.url, o.accounts, o.serverPid);
                case "--warmup" -> new Options(o.seconds, Double.parseDouble(v), o.clients, o.mixes, o.heap, o.url, o.accounts, o.serverPid);
                case "--clients" -> new Options(o.seconds, o.warmup, LoadDriver.parseClients(v), o.mixes, o.heap, o.url, o.accounts, o.serverPid);
                case "--mix" -> new Options(o.seconds, o.warmup, o.clients, Arrays.asList(v.split(",")), o.heap, o.url, o.accounts, o.serverPid);
                case "--heap" -> new Options(o.seconds, o.warmup, o.clients, o.mixes, v, o.url, o.accounts, o.serverPid);
                case "--url" -> new Options(o.seconds, o.warmup, o.clients, o.mixes, o.heap, Optional.of(v), o.accounts.isEmpty() ? "?" : o.accounts, o.serverPid);
                case "--accounts" -> new Options(o.seconds, o.warmup, o.clients, o.mixes, o.heap, o.url, v, o.serverPid);
                case "--server-pid" -> new Options(o.seconds, o.warmup, o.clients, o.mixes, o.heap, o.url, o.accounts, Long.parseLong(v));
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; see the LoadDriver class comment");
            };
        }
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("every option takes a value: " + String.join(" ", args));
        }
        if (o.url.isPresent() && o.accounts.equals("?")) {
            throw new IllegalArgumentException("--url needs --accounts FILE: what repatria demo printed (its passwords)");
        }
        return o;
    }
}
