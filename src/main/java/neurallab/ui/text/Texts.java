package neurallab.ui.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every text the window shows, in the chosen language: English (the base bundles) or Korean (the
 * {@code _ko} bundles). The texts live in resource bundles beside this class, one per part of the
 * window, so each part keeps its own file; a key is unique across all of them. Placeholders are
 * {@code {0}}, {@code {1}}, … and are replaced by the arguments as they are (format numbers first).
 */
public final class Texts {
    /** The bundles, in the order keys are looked up. */
    public static final List<String> BUNDLES = List.of("window", "insights", "lessons", "presenting", "files");
    /** The languages the window speaks; the first is the fallback. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.KOREAN);

    private static final Map<String, ResourceBundle> LOADED = new ConcurrentHashMap<>();
    private static volatile Locale language = fromSystem(Locale.getDefault());

    private Texts() {
    }

    /** The language closest to this locale: Korean for any Korean locale, else English. */
    public static Locale fromSystem(Locale locale) {
        return locale.getLanguage().equals(Locale.KOREAN.getLanguage()) ? Locale.KOREAN : Locale.ENGLISH;
    }

    public static Locale language() {
        return language;
    }

    /** Chooses the language for texts asked for from now on (views built before keep theirs). */
    public static void use(Locale locale) {
        language = fromSystem(locale);
    }

    /** The text of this key in the current language, with {0}, {1}, … replaced by the arguments. */
    public static String get(String key, Object... args) {
        return in(language, key, args);
    }

    /** True if some bundle has this key (for texts that come with data, such as the examples' names). */
    public static boolean has(String key) {
        return BUNDLES.stream().anyMatch(name -> bundle(name, Locale.ENGLISH).containsKey(key));
    }

    /** The text of this key in a given language (tests compare languages with it). */
    public static String in(Locale locale, String key, Object... args) {
        String text = lookUp(locale, key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /**
     * The bundle of this name in this language: its own file (NAME.properties or NAME_ko.properties, UTF-8),
     * never the system language's. Read directly: ResourceBundle.Control is refused in a named module, and
     * without it getBundle falls back to the system's locale (English asked on a Korean system gives Korean).
     */
    public static ResourceBundle bundle(String name, Locale locale) {
        String file = name + (fromSystem(locale).equals(Locale.KOREAN) ? "_ko" : "") + ".properties";
        return LOADED.computeIfAbsent(file, Texts::load);
    }

    private static ResourceBundle load(String file) {
        try (InputStream in = Texts.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new MissingResourceException("No " + file, Texts.class.getName(), file);
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // a key missing in Korean shows its English text (TranslationsTest makes sure none is missing)
    private static String lookUp(Locale locale, String key) {
        for (Locale l : List.of(fromSystem(locale), Locale.ENGLISH)) {
            for (String name : BUNDLES) {
                ResourceBundle b = bundle(name, l);
                if (b.containsKey(key)) {
                    return b.getString(key);
                }
            }
        }
        throw new MissingResourceException("No text for " + key, Texts.class.getName(), key);
    }
}
