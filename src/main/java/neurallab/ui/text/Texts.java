package neurallab.ui.text;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

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

    /** The text of this key in a given language (tests compare languages with it). */
    public static String in(Locale locale, String key, Object... args) {
        String text = lookUp(locale, key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /**
     * The bundle of this name in this language, with no fallback to the system's language: English is asked
     * for as the root locale, whose bundle is the base one. (A ResourceBundle.Control would say the same, but
     * is refused inside a named module, which the packaged app is.)
     */
    public static ResourceBundle bundle(String name, Locale locale) {
        Locale language = fromSystem(locale);
        return ResourceBundle.getBundle(Texts.class.getPackageName() + "." + name,
                language.equals(LANGUAGES.get(0)) ? Locale.ROOT : language);
    }

    private static String lookUp(Locale locale, String key) {
        for (String name : BUNDLES) {
            ResourceBundle b = bundle(name, locale);
            if (b.containsKey(key)) {
                return b.getString(key);
            }
        }
        throw new MissingResourceException("No text for " + key, Texts.class.getName(), key);
    }
}
