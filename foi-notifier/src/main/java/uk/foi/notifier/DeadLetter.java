package uk.foi.notifier;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A record the notifier could not use, named <em>by reference</em>: where it lies (topic, partition, offset), its key,
 * its size and why it was refused. The value and headers of the input are never copied, so a dead letter is a few
 * hundred bytes whatever the input was and can never itself be too large to send (an oversized input forwarded whole,
 * with the reason added, used to exceed the producer's limit and stop the stream). An operator reads the input at
 * its offset while the topic retains it.
 *
 * @param topic     the input topic, or {@code unknown}
 * @param partition the partition, or -1
 * @param offset    the offset, or -1
 * @param key       the record's key, cut to {@value #MAX_KEY} characters, or empty
 * @param bytes     the size of the record's value
 * @param reason    why it was refused, one line cut to {@value #MAX_REASON} characters
 */
public record DeadLetter(String topic, int partition, long offset, String key, int bytes, String reason) {

    /** The content type of a dead letter's value. */
    public static final String CONTENT_TYPE = "application/vnd.foi.dead-letter+json";
    /** The most characters of the input's key kept. */
    public static final int MAX_KEY = 200;
    /** The most characters of the reason kept. */
    public static final int MAX_REASON = 1000;

    /** Cuts the key and the reason to their limits. */
    public DeadLetter {
        topic = topic == null ? "unknown" : cut(topic, MAX_KEY);
        key = key == null ? "" : cut(key, MAX_KEY);
        reason = reason == null || reason.isBlank() ? "(no reason given)" : cut(reason.replaceAll("\\s+", " "),
                MAX_REASON);
    }

    /**
     * @param topic     where the input lies, if known
     * @param partition its partition, if known
     * @param offset    its offset, if known
     * @param key       its key, may be null
     * @param value     its value, may be null (only its size is kept)
     * @param reason    why it was refused
     * @return the dead letter
     */
    public static DeadLetter of(Optional<String> topic, Optional<Integer> partition, Optional<Long> offset, String key,
            byte[] value, String reason) {
        return new DeadLetter(topic.orElse(null), partition.orElse(-1), offset.orElse(-1L), key,
                value == null ? 0 : value.length, reason);
    }

    /** @return {@code topic-partition@offset}, for logs */
    public String where() {
        return topic + "-" + partition + "@" + offset;
    }

    /** @return the dead letter as UTF-8 JSON */
    public byte[] toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("topic", topic).put("partition", partition).put("offset", offset).put("key", key)
                .put("bytes", bytes).put("reason", reason);
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "…";
    }
}
