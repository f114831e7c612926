package neurallab.ui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** English and Korean carry the same keys, every key the code asks for exists, and placeholders agree. */
class TranslationsTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    /** A whole key written in the code; keys built from a prefix ("problem." + id) are tested where they are built. */
    private static final Pattern USED_KEY = Pattern.compile("Texts\\.(?:get|in)\\((?:[^,()]+, )?\"([^\"]+)\"(?=\\s*[,)])");

    @Test
    void bothLanguagesHaveEveryKeyWithTheSamePlaceholders() {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (String name : Texts.BUNDLES) {
            ResourceBundle en = Texts.bundle(name, Locale.ENGLISH);
            ResourceBundle ko = Texts.bundle(name, Locale.KOREAN);
            assertNotSame(en, ko, name + "_ko is missing");
            Set<String> enKeys = new TreeSet<>(en.keySet());
            Set<String> koKeys = new TreeSet<>(ko.keySet());
            for (String k : enKeys) {
                if (!seen.add(k)) {
                    problems.add(k + " is in two bundles");
                }
                if (!koKeys.contains(k)) {
                    problems.add(name + ": " + k + " has no Korean text");
                } else if (!placeholders(en.getString(k)).equals(placeholders(ko.getString(k)))) {
                    problems.add(name + ": " + k + " has other placeholders in Korean");
                }
                if (en.getString(k).isBlank()) {
                    problems.add(name + ": " + k + " is blank");
                }
            }
            koKeys.removeAll(enKeys);
            koKeys.forEach(k -> problems.add(name + "_ko: " + k + " has no English text"));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = USED_KEY.matcher(Files.readString(f));
                while (m.find()) {
                    if (!exists(m.group(1))) {
                        missing.add(f + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    @Test
    void placeholdersAreReplacedAndTheLanguageFollowsKorean() {
        assertEquals(Locale.KOREAN, Texts.fromSystem(Locale.KOREA));
        assertEquals(Locale.ENGLISH, Texts.fromSystem(Locale.GERMANY));
        assertEquals("한국어", Texts.in(Locale.KOREAN, "language.korean"));
        assertEquals("Korean", Texts.in(Locale.ENGLISH, "language.korean"));
    }

    private static boolean exists(String key) {
        return Texts.BUNDLES.stream().anyMatch(b -> Texts.bundle(b, Locale.ENGLISH).containsKey(key));
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
