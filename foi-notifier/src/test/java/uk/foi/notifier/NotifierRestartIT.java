package uk.foi.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.foi.core.fixtures.CoreFixtures;
import uk.foi.core.fixtures.MutableClock;
import uk.foi.core.reference.InMemoryReferenceNumbers;
import uk.foi.core.request.Channel;
import uk.foi.core.request.FoiOffice;
import uk.foi.core.request.Intake;
import uk.foi.core.request.RequestId;
import uk.foi.deadlines.StatutoryClock;
import uk.foi.events.EventCodec;
import uk.foi.testsupport.TestKafka;

/**
 * The notifier as a service on the real in-process broker: request events in, deadline events out, across a stop and
 * a start, with the emails caught by GreenMail. Requests received long ago are overdue now (the wall clock is real), so an alert is due at the first tick.
 */
class NotifierRestartIT {

    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    final String requests = "it.request-events." + suffix;
    final String deadlines = "it.deadline-events." + suffix;
    final ObjectMapper json = new ObjectMapper();
    final LocalDate today = LocalDate.now(StatutoryClock.UK);
    final FoiOffice office = CoreFixtures.office(MutableClock.on(today));
    final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    ApplicationContext running;

    @BeforeEach
    void startMailServer() {
        smtp.start();
    }

    @AfterEach
    void stop() {
        if (running != null) {
            running.close();
        }
        smtp.stop();
    }

    ApplicationContext start() {
        Map<String, Object> props = new HashMap<>(TestKafka.micronautProperties());
        props.put("kafka.streams.default.application.id", "it-notifier-" + suffix);
        props.put("kafka.streams.default.state.dir", "target/notifier-state-" + suffix);
        props.put("foi.notifier.request-events", requests);
        props.put("foi.notifier.deadline-events", deadlines);
        props.put("foi.notifier.dead-letters", "it.dead-letters." + suffix);
        props.put("foi.notifier.digest-items", "it.digest-items." + suffix);
        props.put("foi.notifier.digest-at", "23:59:59");
        props.put("foi.notifier.partitions", "3");
        props.put("foi.notifier.tick", "500ms");
        props.put("micronaut.server.port", "-1");
        props.put("javamail.properties.mail.smtp.host", "127.0.0.1");
        props.put("javamail.properties.mail.smtp.port", String.valueOf(smtp.getSmtp().getPort()));
        props.put("foi.notifier.mail.group", "it-mail-" + suffix);
        props.put("foi.notifier.mail.retry-group", "it-mail-retries-" + suffix);
        props.put("foi.notifier.mail.retries", "it.mail-retries." + suffix);
        props.put("foi.notifier.mail.ledger", "it.mail-ledger." + suffix);
        props.put("foi.notifier.mail.fallback-address", "foi-inbox@met.police.example");
        props.put("foi.notifier.mail.api-base", "https://foi.example");
        return ApplicationContext.run(props);
    }

    String publishOverdueRequest(KafkaProducer<String, byte[]> producer) throws Exception {
        FoiOffice.Handled h = office.receive(CoreFixtures.metPolice(), new Intake(RequestId.random(),
                today.minusDays(60), Channel.EMAIL, "1. Anything."), new InMemoryReferenceNumbers());
        String key = h.event().requestId().toString();
        byte[] value = EventCodec.standard().encodeBytes(h.recorded());
        producer.send(new ProducerRecord<>(requests, key, value)).get();
        producer.send(new ProducerRecord<>(requests, key, value)).get(); // a duplicate delivery
        return key;
    }

    @Test
    void everyAlertArrivesOnceAcrossAStopAndAStart() throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer(); KafkaConsumer<String, String> consumer = consumer()) {
            running = start();
            String first = publishOverdueRequest(producer);
            List<JsonNode> seen = new ArrayList<>(poll(consumer, 1, Duration.ofSeconds(60)));

            running.close();
            running = null;
            String second = publishOverdueRequest(producer); // arrives while the notifier is down
            running = start();
            seen.addAll(poll(consumer, 1, Duration.ofSeconds(60)));
            seen.addAll(poll(consumer, Integer.MAX_VALUE, Duration.ofSeconds(3))); // anything repeated would show

            assertThat(seen).extracting(e -> e.get("subject").asText()).containsExactly(first, second);
            assertThat(seen).allSatisfy(e -> assertThat(e.get("type").asText())
                    .isEqualTo("uk.foi.deadline.response-overdue.v1"));
            assertThat(seen).extracting(e -> e.get("id").asText()).doesNotHaveDuplicates();

            // Overdue is urgent: one email each, to the FOI inbox (neither request is assigned), none twice.
            assertThat(smtp.waitForIncomingEmail(30_000, 2)).isTrue();
            assertThat(smtp.waitForIncomingEmail(1_000, 3)).as("a third, repeated email").isFalse();
            MimeMessage[] mails = smtp.getReceivedMessages();
            assertThat(mails).hasSize(2);
            assertThat(mails).allSatisfy(m -> {
                assertThat(m.getSubject()).startsWith("[FOI ").contains("Response overdue");
                assertThat(m.getAllRecipients()[0].toString()).isEqualTo("foi-inbox@met.police.example");
            });
            assertThat(GreenMailUtil.getBody(mails[0]) + GreenMailUtil.getBody(mails[1]))
                    .contains("https://foi.example/requests/" + first)
                    .contains("https://foi.example/requests/" + second);
        }
    }

    List<JsonNode> poll(KafkaConsumer<String, String> consumer, int atLeast, Duration within) throws Exception {
        List<JsonNode> got = new ArrayList<>();
        long end = System.nanoTime() + within.toNanos();
        while (got.size() < atLeast && System.nanoTime() < end) {
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                got.add(json.readTree(r.value()));
            }
        }
        return got;
    }

    KafkaProducer<String, byte[]> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    KafkaConsumer<String, String> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "it-reader-" + suffix);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
        c.subscribe(List.of(deadlines));
        return c;
    }
}
