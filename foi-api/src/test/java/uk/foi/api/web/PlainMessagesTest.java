package uk.foi.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the framework says about a bad request (messages as Micronaut 4.10 and its serde produce them, captured from
 * BadInputIT) becomes a field and a sentence with no class names, Jackson tokens or parser positions.
 */
class PlainMessagesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            validation of a body field | | receive.body.requester.email: must be a well-formed email address | requester.email | must be a well-formed email address
            validation of a list       | | decide.body.decisions: must not be empty | decisions | must not be empty
            an unknown field           | body | Failed to convert argument [body] for value [null] due to: Unknown property [colour] encountered during deserialization of type: IntakeBody body | colour | is not a field of this request: remove it, or check its spelling
            an impossible date         | body | Failed to convert argument [body] for value [null] due to: Error decoding property [LocalDate receivedOn] of type [class uk.foi.api.web.RequestController$IntakeBody]: Text '2023-02-30' could not be parsed: Invalid date 'FEBRUARY 30' | receivedOn | must be a date, written YYYY-MM-DD ('2023-02-30' is not)
            a truncated text           | body | Failed to convert argument [body] for value [null] due to: Error decoding property [String assignee] of type [class uk.foi.api.web.CommandController$AssignBody]: Unexpected end-of-input in VALUE_STRING | assignee | must be a text (the JSON ends before the value does)
            an enum value              | body | Failed to convert argument [body] for value [null] due to: Cannot deserialize value of type `uk.foi.core.request.Channel` due to: Expected one of [WEB_FORM, EMAIL] but was 'PIGEON' | | 'PIGEON' is not one of WEB_FORM, EMAIL
            a query parameter          | status | Failed to convert argument [status] for value [SLEEPING] due to: No enum constant uk.foi.core.request.Status.SLEEPING | status | 'SLEEPING' is not a value this parameter takes
            a wrong token              | body | Failed to convert argument [body] for value [null] due to: Unexpected token END_ARRAY, expected VALUE_STRING at [Source: REDACTED; line: 1] | | the body is not valid JSON, or a value has the wrong type (a text where a list or an object is expected, or the other way round)
            end of input               | | Invalid JSON: Unexpected end-of-input within/between Object entries at [Source: REDACTED] | | the body is not complete JSON: it ends before its last value or bracket
            a size limit               | | The content length [2000080] exceeds the maximum allowed content length [1048576] | | The content length [2000080] exceeds the maximum allowed content length [1048576]
            something else internal    | | java.lang.IllegalStateException: boom in com.example.Thing | | this value cannot be read: check its type and format against the API's documentation
            """)
    void frameworkMessagesBecomeAFieldAndASentence(String name, String field, String message, String expectedField,
            String expected) {
        PlainMessages.Said said = PlainMessages.of(field == null ? "" : field, message);

        assertThat(said.field()).isEqualTo(expectedField == null ? "" : expectedField);
        assertThat(said.message()).isEqualTo(expected);
    }
}
