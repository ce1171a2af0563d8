package org.ocdsnacional.web;

import org.junit.jupiter.api.Test;
import org.ocdsnacional.web.http.Language;
import org.ocdsnacional.web.i18n.Texts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What every template must respect: nothing the Content Security Policy would block (no {@code style} attribute, no
 * inline script, no event-handler attribute), data always escaped (no {@code $unsafe}), and every text it names
 * present in both languages.
 */
class TemplateRulesTest {

    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Pattern TEXT_KEY = Pattern.compile("\\.t\\(\"([a-zA-Z0-9_.-]+)\"\\s*[,)]");

    @Test
    void noTemplateHasInlineStyleScriptOrHandlers() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            String text = Files.readString(template);
            check(problems, template, text, "style=\"", "a style attribute");
            check(problems, template, text, "<style", "a style element");
            check(problems, template, text, "<script>", "an inline script");
            check(problems, template, text, " onclick=", "an event handler");
            check(problems, template, text, " onchange=", "an event handler");
            check(problems, template, text, " onload=", "an event handler");
            check(problems, template, text, "$unsafe", "unescaped output");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyTextATemplateNamesIsInBothLanguages() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher keys = TEXT_KEY.matcher(Files.readString(template));
            while (keys.find()) {
                for (Language language : Language.values()) {
                    if (!Texts.of(language).has(keys.group(1))) {
                        missing.add(template.getFileName() + ": " + keys.group(1) + " (" + language + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    private static void check(List<String> problems, Path template, String text, String needle, String what) {
        if (text.contains(needle)) {
            problems.add(template.getFileName() + " has " + what);
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(path -> path.toString().endsWith(".jte")).sorted().toList();
        }
    }
}
