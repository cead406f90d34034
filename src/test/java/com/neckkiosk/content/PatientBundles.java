package com.neckkiosk.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The patient bundles as plain data for tests, in file order. Stricter than
 * {@link java.util.ResourceBundle}: a file that is not valid UTF-8 (which the JDK would
 * silently re-read as ISO-8859-1), a key given twice (which {@link Properties} silently
 * overwrites) or an escape or line continuation (which the simple reading here would
 * get wrong) fails loudly.
 */
final class PatientBundles {

    private PatientBundles() {
    }

    static String resourceName(Language language) {
        return "/" + ContentCatalog.BUNDLE.replace('.', '/') + "_" + language.code() + ".properties";
    }

    static String rawText(Language language) {
        String name = resourceName(language);
        try (InputStream in = PatientBundles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in.readAllBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(name + " is not valid UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every entry, in the order of the file. */
    static Map<String, String> entries(Language language) {
        Map<String, String> entries = new LinkedHashMap<>();
        String[] lines = rawText(language).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            String where = resourceName(language) + " line " + (i + 1);
            if (line.contains("\\")) {
                throw new IllegalStateException(where + ": no escapes or continuation lines, please");
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalStateException(where + ": expected key=value");
            }
            String key = line.substring(0, eq).strip();
            if (entries.put(key, line.substring(eq + 1).strip()) != null) {
                throw new IllegalStateException(where + ": key given twice: " + key);
            }
        }
        return entries;
    }

    /** The same file read by the JDK, to check the simple reading above agrees with it. */
    static Properties asJdkReadsIt(Language language) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(rawText(language)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
