package uk.foi.core.reference;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/** Gap-free sequence numbers held in memory: thread-safe, lost when the process ends. */
public final class InMemoryReferenceNumbers implements ReferenceNumbers {

    private final ConcurrentMap<String, AtomicLong> counters = new ConcurrentHashMap<>();

    @Override
    public long next(String authority, int year) {
        Objects.requireNonNull(authority, "authority");
        return counters.computeIfAbsent(authority + "/" + year, key -> new AtomicLong()).incrementAndGet();
    }
}
