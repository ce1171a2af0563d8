package org.ocdsnacional.ocds.profile;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExtensionUrlTest {

    @Test
    void filesAreBesideTheExtensionJson() {
        ExtensionUrl url = ExtensionUrl.parse("https://raw.githubusercontent.com/o/r/master/extension.json").url()
                .orElseThrow();

        assertEquals(URI.create("https://raw.githubusercontent.com/o/r/master/codelists/+partyRole.csv"),
                url.file("codelists/+partyRole.csv"));
    }

    @Test
    void aPathGivenInTheQueryIsReplacedThere() {
        ExtensionUrl url = ExtensionUrl.parse("https://dev.example.org/items?path=%2Fextension.json&v=master").url()
                .orElseThrow();

        assertEquals(URI.create("https://dev.example.org/items?path=%2Frelease-schema.json&v=master"),
                url.file("release-schema.json"));
    }

    @Test
    void urlsThatCannotBeFollowedAreProblemsNotExceptions() {
        assertEquals(ExtensionProblem.Kind.UNSUPPORTED_SCHEME,
                ExtensionUrl.parse("ftp://example.org/extension.json").problem().orElseThrow().kind());
        assertEquals("missing extension.json",
                ExtensionUrl.parse("https://example.org/not-found/other.json").problem().orElseThrow().detail());
        assertEquals(ExtensionProblem.Kind.NOT_AN_EXTENSION_URL,
                ExtensionUrl.parse("https://example.org/a b/extension.json").problem().orElseThrow().kind());
    }
}
