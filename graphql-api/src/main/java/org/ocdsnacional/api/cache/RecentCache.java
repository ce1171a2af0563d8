package org.ocdsnacional.api.cache;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * At most {@code capacity} entries, the least recently used out first; safe for concurrent use. Meant for values
 * that are cheap to compute again, so a lost entry only costs time.
 *
 * @param <K> the key
 * @param <V> the value
 */
public final class RecentCache<K, V> {

    private final Map<K, V> entries;

    private RecentCache(int capacity) {
        this.entries = Collections.synchronizedMap(new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        });
    }

    /** An empty cache that keeps at most {@code capacity} entries (positive). */
    public static <K, V> RecentCache<K, V> of(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        return new RecentCache<>(capacity);
    }

    public Optional<V> get(K key) {
        return Optional.ofNullable(entries.get(key));
    }

    public void put(K key, V value) {
        entries.put(key, value);
    }

    public int size() {
        return entries.size();
    }
}
