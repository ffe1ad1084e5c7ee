package uk.foi.notifier;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The notifier's settings, under {@code foi.notifier} (environment variables in docs/notifier.md).
 *
 * @param requestEvents  the topic of request events ({@code FOI_KAFKA_TOPIC})
 * @param deadlineEvents the topic deadline events go to
 * @param deadLetters    where unreadable request events go
 * @param digestItems    the topic carrying parts of the daily digests to their team's partition
 * @param digestAt       the UK time of day digests are put together, such as 07:00
 * @param digestDays     how many working days ahead a digest looks
 * @param partitions     partitions for topics the notifier creates because they are missing
 * @param replication    their replication factor
 * @param tick           how often the schedules are checked for what is due
 * @param dueSoon        working days before an authority deadline to warn
 * @param closing        working days before a requester's window closes to warn
 * @param bankHolidays   a GOV.UK-format bank holiday file to use instead of the bundled one
 * @param maxEventBytes  the largest request event applied; a larger one is dead-lettered by reference
 * @param exitOnStreamFailure stop the process when the stream cannot recover (state ERROR), so that an orchestrator
 *                       or {@code ./foi up} starts it again
 */
@ConfigurationProperties("foi.notifier")
public record NotifierSettings(String requestEvents, String deadlineEvents, String deadLetters, String digestItems,
        String digestAt, int digestDays, int partitions,
        short replication, Duration tick, List<Integer> dueSoon, int closing, Optional<String> bankHolidays,
        int maxEventBytes, boolean exitOnStreamFailure) {
}
