package org.ocdsnacional.analytics.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses a settings file in Cardinal's INI format: {@code [section]} headers, {@code key = value} properties,
 * whole-line comments starting with {@code ;} or {@code #}, and comments after a header or a value when preceded by
 * a space ({@code threshold = 15 # default}). Keys and section names keep their case.
 */
public final class IniSettings {

    private static final Pattern INLINE_COMMENT = Pattern.compile("\\s+[;#].*$");

    private IniSettings() {
    }

    public static SettingsSections parse(String text) {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        String current = SettingsSections.TOP;
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith(";") || line.startsWith("#")) {
                continue;
            }
            line = INLINE_COMMENT.matcher(line).replaceFirst("");
            if (line.startsWith("[")) {
                current = header(line, i + 1);
                sections.computeIfAbsent(current, name -> new LinkedHashMap<>());
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                throw new SettingsException("Línea " + (i + 1) + " ilegible (se espera clave = valor) / Line "
                        + (i + 1) + " unreadable (key = value expected): " + line);
            }
            sections.computeIfAbsent(current, name -> new LinkedHashMap<>())
                    .put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
        }
        return new SettingsSections(sections);
    }

    private static String header(String line, int number) {
        if (!line.endsWith("]") || line.length() < 3) {
            throw new SettingsException("Línea " + number + ": sección mal escrita / Line " + number
                    + ": malformed section header: " + line);
        }
        return line.substring(1, line.length() - 1).strip();
    }
}
