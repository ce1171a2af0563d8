package org.ocdsnacional.api.admin;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AdminTokenTest {

    @Test
    void tokensAsOpensslMakesThemPass() {
        assertDoesNotThrow(() -> AdminToken.requireStrong("u8Kq2Zx0vB7nM3pL9wR4tY1sD6fG5hJ8kA2cE0iO7qU="));
        assertDoesNotThrow(() -> AdminToken.requireStrong(
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
    }

    @Test
    void shortRepetitiveOrHexTooShortTokensAreRefused() {
        for (String weak : List.of("", "x", "change-me", "s3cret-admin", "a".repeat(100), "ab".repeat(40),
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822c")) {
            assertThrows(IllegalArgumentException.class, () -> AdminToken.requireStrong(weak), weak);
        }
    }
}
