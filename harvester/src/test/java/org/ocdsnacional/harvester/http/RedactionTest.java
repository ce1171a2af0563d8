package org.ocdsnacional.harvester.http;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class RedactionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            invalid_grant for request: grant_type=password&username=ana&password=hunter2&client_secret=s3cr3t | invalid_grant for request: grant_type=password&username=ana&password=[REDACTED]&client_secret=[REDACTED]
            {"access_token":"abc.def","token_type":"bearer"}                        | {"access_token":"[REDACTED]","token_type":"[REDACTED]"}
            {"error":"invalid_client","client_secret": "x y z"}                     | {"error":"invalid_client","client_secret": "[REDACTED]"}
            Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl    | Authorization: [REDACTED] [REDACTED]
            token inválido                                                            | token inválido
            rejected Basic YWxhZGRpbjpvcGVuc2VzYW1l                                   | rejected Basic [REDACTED]
            https://ana:hunter2@example.org/data.json                                 | https://[REDACTED]@example.org/data.json
            https://example.org/data.json?year=2024&api_key=K3Y&X-Amz-Signature=ab12  | https://example.org/data.json?year=2024&api_key=[REDACTED]&X-Amz-Signature=[REDACTED]
            El servidor respondió HTTP 500 / The server answered HTTP 500: Internal Server Error | El servidor respondió HTTP 500 / The server answered HTTP 500: Internal Server Error
            Tiempo de espera agotado / Timed out: timeout                             | Tiempo de espera agotado / Timed out: timeout
            """)
    void takesOutWhatLooksLikeACredential(String text, String redacted) {
        assertEquals(redacted, Redaction.text(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Authorization     | true
            Proxy-Authorization | true
            X-Api-Key         | true
            Cookie            | true
            client_secret     | true
            Accept            | false
            User-Agent        | false
            If-None-Match     | false
            """)
    void knowsTheNamesOfSecrets(String name, boolean secret) {
        assertEquals(secret, Redaction.isSecretName(name));
    }

    @org.junit.jupiter.api.Test
    void aUrlKeepsWhereItPointsWithoutItsSecrets() {
        String shown = Redaction.url(URI.create("https://u:p4ss@api.example.org/v1/search?token=t0k3n&page=2"));
        assertEquals("https://[REDACTED]@api.example.org/v1/search?token=[REDACTED]&page=2", shown);
        assertFalse(shown.contains("t0k3n"));
    }
}
