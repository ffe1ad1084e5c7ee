package uk.foi.notifier.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.foi.deadlines.StatutoryClock;
import uk.foi.events.deadline.TeamDigest;

/**
 * Gathers the parts of each team's daily digest (one per schedule partition) and, a few minutes after the digest time,
 * sends one {@code uk.foi.deadline.digest.v1} event per team and day. A part that arrives after its digest went is
 * logged and dropped rather than sent as a second digest.
 */
final class DigestProcessor implements Processor<String, byte[], String, byte[]> {

    /** How long after the digest time parts are awaited. */
    static final Duration GRACE = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(DigestProcessor.class);
    private static final String SENT = "sent|";

    private final NotifierTopology.Settings settings;
    private ProcessorContext<String, byte[]> context;
    private KeyValueStore<String, String> digests;

    DigestProcessor(NotifierTopology.Settings settings) {
        this.settings = settings;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.digests = context.getStateStore(NotifierTopology.DIGESTS);
        context.schedule(settings.tick(), PunctuationType.WALL_CLOCK_TIME, this::tick);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        JsonNode part;
        try {
            part = Json.MAPPER.readTree(new String(record.value(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.warn("digest part for {} unreadable: {}", record.key(), e.getMessage());
            return;
        }
        String key = part.path("day").asText() + "|" + part.path("team").asText();
        if (digests.get(SENT + key) != null) {
            LOG.warn("digest {} was already sent; a late part with {} items is dropped", key,
                    part.path("items").size());
            return;
        }
        String stored = digests.get(key);
        ArrayNode items = Json.MAPPER.createArrayNode();
        try {
            if (stored != null) {
                items.addAll((ArrayNode) Json.MAPPER.readTree(stored));
            }
        } catch (IOException e) {
            throw new IllegalStateException("digest store entry " + key + " unreadable", e);
        }
        items.addAll((ArrayNode) part.path("items"));
        digests.put(key, items.toString());
    }

    private void tick(long now) {
        List<KeyValue<String, String>> ready = new ArrayList<>();
        try (KeyValueIterator<String, String> it = digests.all()) {
            it.forEachRemaining(kv -> {
                if (!kv.key.startsWith(SENT) && readyAt(kv.key).isBefore(Instant.ofEpochMilli(now))) {
                    ready.add(kv);
                }
            });
        }
        for (KeyValue<String, String> kv : ready) {
            String day = kv.key.substring(0, kv.key.indexOf('|'));
            String team = kv.key.substring(kv.key.indexOf('|') + 1);
            context.forward(new Record<>(team, digest(day, team, kv.value, now), now, headers()));
            digests.delete(kv.key);
            digests.put(SENT + kv.key, day);
        }
        forgetOldMarkers(LocalDate.ofInstant(Instant.ofEpochMilli(now), StatutoryClock.UK).minusDays(7));
    }

    private Instant readyAt(String key) {
        LocalDate day = LocalDate.parse(key.substring(0, key.indexOf('|')));
        return day.atTime(settings.digestAt()).atZone(StatutoryClock.UK).toInstant().plus(GRACE);
    }

    private void forgetOldMarkers(LocalDate before) {
        List<String> old = new ArrayList<>();
        try (KeyValueIterator<String, String> it = digests.prefixScan(SENT,
                org.apache.kafka.common.serialization.Serdes.String().serializer())) {
            it.forEachRemaining(kv -> {
                if (LocalDate.parse(kv.value).isBefore(before)) {
                    old.add(kv.key);
                }
            });
        }
        old.forEach(digests::delete);
    }

    private static byte[] digest(String day, String team, String itemsJson, long now) {
        JsonNode items;
        try {
            items = Json.MAPPER.readTree(itemsJson);
        } catch (IOException e) {
            throw new IllegalStateException("digest store entry " + day + "|" + team + " unreadable", e);
        }
        List<TeamDigest.Item> list = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            list.add(DeadlineEvents.CODEC.item(items.get(i), "items[" + i + "]."));
        }
        return DeadlineEvents.CODEC.encode(TeamDigest.of(Instant.ofEpochMilli(now), team, LocalDate.parse(day), list));
    }

    private static RecordHeaders headers() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", DeadlineEvents.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return headers;
    }
}
