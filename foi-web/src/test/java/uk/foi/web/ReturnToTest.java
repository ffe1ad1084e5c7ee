package uk.foi.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** After signing in, only a page of this service is returned to: never another site (an open redirect). */
class ReturnToTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /requests/4f9c2a3e-0000-4000-8000-000000000001 | true
            /caseload?view=all&status=RECEIVED               | true
            //evil.example/phish                             | false
            /\\\\evil.example                                  | false
            https://evil.example/                            | false
            /redirect?to=https://evil.example                | false
            /sign-in                                         | false
            /sign-in/oidc/callback?code=x                    | false
            requests/relative                                | false
            """)
    void onlyThisServicesPagesAreReturnedTo(String path, boolean ours) {
        assertThat(ReturnTo.ours(path)).isEqualTo(ours);
    }
}
