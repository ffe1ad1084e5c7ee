package uk.foi.core.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.foi.core.disclosure.PersonalDataFinder.Kind;
import uk.foi.core.disclosure.PersonalDataFinder.Suggestion;

/**
 * What the finder suggests removing before a request's wording goes on the disclosure log (UK GDPR art 5(1)(c)),
 * and what it leaves: the wording of FOI requests, including the public figures and offices they ask about.
 */
class PersonalDataFinderTest {

    private final PersonalDataFinder finder = new PersonalDataFinder();

    @ParameterizedTest(name = "{0} in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            EMAIL     | Please reply to jo.bloggs+foi@example.org.uk thank you       | jo.bloggs+foi@example.org.uk
            EMAIL     | request-12345-abcdef@whatdotheyknow.com                      | request-12345-abcdef@whatdotheyknow.com
            PHONE     | Call me on 020 7946 0958 if unclear                         | 020 7946 0958
            PHONE     | mobile 07700 900123.                                         | 07700 900123
            PHONE     | or +44 7700 900123                                           | +44 7700 900123
            PHONE     | tel (0161) 496 0000                                          | (0161) 496 0000
            POSTCODE  | London SW1A 1AA                                              | SW1A 1AA
            POSTCODE  | leeds ls1 4ap                                                | ls1 4ap
            ADDRESS   | I live at 12 Acacia Avenue and                               | 12 Acacia Avenue
            ADDRESS   | Flat 3, 221B Baker Street, London                            | 221B Baker Street
            NI_NUMBER | my NI number is JG 10 37 59 A                                | JG 10 37 59 A
            NAME      | the complaint about Mr John Smith in 2021                    | Mr John Smith
            NAME      | emails from Dr. A. Patel about                               | Dr. A. Patel
            NAME      | Hello, my name is Jane Doe and I would like                  | Jane Doe
            """)
    void findsPersonalData(Kind kind, String text, String found) {
        List<Suggestion> suggestions = finder.find(text);
        assertEquals(1, suggestions.size(), () -> "found " + suggestions);
        assertEquals(kind, suggestions.get(0).kind());
        assertEquals(found, suggestions.get(0).found());
        assertEquals(found, text.substring(suggestions.get(0).start(), suggestions.get(0).end()));
    }

    @ParameterizedTest(name = "nothing in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            How many stop and search encounters took place in 2019, 2020 and 2021?
            Please provide the budget for 2023/24 under section 1(1)(b) of the Act.
            What was spent on contract 2021/0456 with reference 01/2023?
            Copies of the Commissioner's diary for Q3 2023.
            How many officers work at Charing Cross police station?
            The drive to cut costs in the Park and Ride scheme.
            """)
    void leavesOrdinaryRequestsAlone(String text) {
        assertEquals(List.of(), finder.find(text));
    }

    @org.junit.jupiter.api.Test
    void findsTheNameUnderASignOffAndRedactsEverything() {
        String text = """
                1. How many speed cameras are there in Croydon?
                2. How much did they raise in 2022?

                Yours sincerely,

                Alex Example
                alex@example.com""";
        List<Suggestion> found = finder.find(text);
        assertEquals(List.of(Kind.NAME, Kind.EMAIL), found.stream().map(Suggestion::kind).toList());
        assertEquals("""
                1. How many speed cameras are there in Croydon?
                2. How much did they raise in 2022?

                Yours sincerely,

                [name removed]
                [email address removed]""", PersonalDataFinder.redact(text, found));
    }

    @org.junit.jupiter.api.Test
    void findsEachPartOfAnAddress() {
        List<Suggestion> found = finder.find("write to Mrs Ann Lee, 4 Mill Lane, York YO1 7HH");
        assertEquals(List.of(Kind.NAME, Kind.ADDRESS, Kind.POSTCODE), found.stream().map(Suggestion::kind).toList());
        assertEquals("write to [name removed], [address removed], York [postcode removed]",
                PersonalDataFinder.redact("write to Mrs Ann Lee, 4 Mill Lane, York YO1 7HH", found));
    }
}
