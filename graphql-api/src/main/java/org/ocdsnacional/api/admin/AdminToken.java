package org.ocdsnacional.api.admin;

/**
 * What an admin token must be worth: at least 32 random bytes, i.e. 43 characters of base64 (as {@code openssl rand
 * -base64 32} prints) or 64 hexadecimal digits ({@code openssl rand -hex 32}), and not a few characters repeated.
 * Randomness cannot be seen in a string; length and variety keep out the short and the made-up ({@code change-me},
 * {@code x}, a word repeated).
 */
public final class AdminToken {

    static final int MIN_BASE64 = 43;
    static final int MIN_HEX = 64;
    static final int MIN_DISTINCT = 10;

    private AdminToken() {
    }

    /**
     * Refuses a token too weak to guard the admin mutations.
     *
     * @throws IllegalArgumentException saying how to make one (never showing the token)
     */
    public static void requireStrong(String token) {
        boolean hex = token.chars().allMatch(c -> Character.digit(c, 16) >= 0);
        int needed = hex ? MIN_HEX : MIN_BASE64;
        if (token.length() < needed || token.chars().distinct().count() < MIN_DISTINCT) {
            throw new IllegalArgumentException("admin.token (ADMIN_TOKEN) es demasiado corto o repetitivo: debe valer "
                    + "al menos 32 bytes aleatorios (43 caracteres base64 o 64 hexadecimales); genere uno con "
                    + "«openssl rand -base64 32» / admin.token (ADMIN_TOKEN) is too short or repetitive: it must be "
                    + "worth at least 32 random bytes (43 base64 or 64 hex characters); make one with "
                    + "«openssl rand -base64 32».");
        }
    }
}
