package uk.foi.notifier;

import io.micronaut.configuration.kafka.streams.ConfiguredStreamBuilder;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.KStream;
import uk.foi.deadlines.LiveCalendars;
import uk.foi.events.EventCodec;
import uk.foi.schedule.AlertPlan;
import uk.foi.schedule.Scheduler;
import uk.foi.notifier.stream.NotifierTopology;

/** Wires the topology into Micronaut's Kafka Streams ({@code kafka.streams.default}). */
@Factory
final class NotifierFactory {

    /** The bank holidays of FOI_BANK_HOLIDAYS (a file, a GOV.UK-format URL, or the bundled copy), polled. */
    @Singleton
    LiveCalendars calendars(NotifierSettings settings) {
        return LiveCalendars.from(settings.bankHolidays().orElse(""));
    }

    @Singleton
    @Named("schedules")
    KStream<String, byte[]> schedules(@Named("default") ConfiguredStreamBuilder builder, NotifierSettings settings,
            LiveCalendars calendars, @Value("${kafka.bootstrap.servers}") String bootstrap,
            @Value("${foi.notifier.mail.retries}") String mailRetries) {
        builder.getConfiguration().put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        createMissingTopics(bootstrap, settings, mailRetries);
        EventCodec codec = EventCodec.standard();
        AlertPlan plan = new AlertPlan(settings.dueSoon(), settings.closing());
        return NotifierTopology.addTo(builder, new NotifierTopology.Settings(settings.requestEvents(),
                settings.deadlineEvents(), settings.deadLetters(), settings.digestItems(), settings.tick(),
                java.time.LocalTime.parse(settings.digestAt()), settings.digestDays(), settings.maxEventBytes()),
                new Scheduler(plan, calendars::bankHolidays), calendars::bankHolidays, codec);
    }

    /**
     * Kafka Streams stops if a source topic is missing when it starts; the topics are created here first (an operator
     * who manages topics creates them beforehand, and then this does nothing).
     */
    private static void createMissingTopics(String bootstrap, NotifierSettings settings, String mailRetries) {
        Topics.createMissing(bootstrap, List.of(settings.requestEvents(), settings.deadlineEvents(),
                settings.deadLetters(), settings.digestItems(), mailRetries).stream()
                .map(t -> new NewTopic(t, settings.partitions(), settings.replication())).toList());
    }
}
