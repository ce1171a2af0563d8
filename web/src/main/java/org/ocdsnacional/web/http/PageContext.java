package org.ocdsnacional.web.http;

import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.indexer.query.ClientKeys;
import org.ocdsnacional.indexer.query.Dimension;
import org.ocdsnacional.indexer.query.Group;
import org.ocdsnacional.indexer.query.Vocabulary;
import org.ocdsnacional.web.i18n.Formats;
import org.ocdsnacional.web.i18n.Texts;

import java.util.Arrays;
import java.util.Optional;

/**
 * What every page needs besides its own data: the language and its texts and formats, the assets' URLs, and the
 * address of this very page in the other language.
 *
 * @param language   the page's language
 * @param texts      its texts
 * @param formats    its formats of numbers, money and dates
 * @param assets     the fingerprinted stylesheet, script and icons
 * @param switchUrl  this page in the other language
 * @param section    which part of the site the page belongs to, for the navigation ({@code inicio}, {@code buscar}…)
 * @param client     who asks, as the query layer counts its points in time ({@link ClientKeys}), the same key as
 *                   in the API
 */
public record PageContext(Language language, Texts texts, Formats formats, Assets assets, String switchUrl,
                          String section, String client) {

    /** The text of {@code key}, placeholders replaced. */
    public String t(String key, Object... arguments) {
        return texts.get(key, arguments);
    }

    /** The label of a code ({@code method.direct}), or the code as published when there is none. */
    public String label(String prefix, String code) {
        return texts.orElse(prefix + "." + code, code);
    }

    /**
     * The text of {@code key} for {@code count} things, the number formatted: {@code key.one} for one when the
     * bundles word it so ("1 proceso", not "1 procesos").
     */
    public String count(String key, long count) {
        String chosen = count == 1 && texts.has(key + ".one") ? key + ".one" : key;
        return t(chosen, formats.number(count));
    }

    /**
     * The name of a state ({@code MX-JAL}) or of the federal government: the shared {@link Vocabulary}'s, unless the
     * page's language words it otherwise ({@code state.MX-CMX} in English); the code itself for an unknown one.
     */
    public String state(String code) {
        return texts.orElse("state." + code, Vocabulary.STATES.byCode(code).map(Vocabulary.Term::name).orElse(code));
    }

    /** A red flag's code and name in the page's language ({@code R018 · Una sola oferta recibida}). */
    public String flag(String code) {
        return Arrays.stream(FlagCode.values()).filter(flag -> flag.name().equals(code)).findFirst()
                .map(flag -> code + " · " + (language == Language.EN ? flag.nameEn() : flag.nameEs())).orElse(code);
    }

    /**
     * The line under a grouping by {@code dimension} that counts the processes it could not place (the query
     * layer's {@code unplaced}, the API's {@code missing}): "Sin fecha: 12"; empty when it placed them all.
     */
    public Optional<String> unplaced(Dimension dimension, Optional<Group> unplaced) {
        return unplaced("missing." + dimension.name(), unplaced);
    }

    /** As {@link #unplaced(Dimension, Optional)}, worded by {@code label} ("Sin fecha de adjudicación"). */
    public Optional<String> unplaced(String label, Optional<Group> unplaced) {
        return unplaced.filter(group -> group.processes() > 0).map(group -> t("missing.line", t(label),
                formats.number(group.processes())));
    }

    public String asset(String name) {
        return assets.url(name);
    }

    /** This context for another part of the site. */
    public PageContext in(String otherSection) {
        return new PageContext(language, texts, formats, assets, switchUrl, otherSection, client);
    }
}
