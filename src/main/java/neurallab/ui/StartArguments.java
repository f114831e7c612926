package neurallab.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import neurallab.ui.text.Texts;

/**
 * What the command line asks of the window: {@code [FILE.json] [--self-check]} or
 * {@code --benchmark-ui SECONDS FILE.json}, each with {@code --language en|ko} anywhere (the window's
 * language, over the system's); anything else is a headless command (not the window's).
 *
 * @param file      the experiment to open, or null for the default one
 * @param selfCheck exit once the first frame is painted (0), or when the file cannot be opened (2)
 * @param benchmark the arguments of {@code --benchmark-ui}, or an empty list
 */
public record StartArguments(Path file, boolean selfCheck, List<String> benchmark) {
    public static final String BENCHMARK = "--benchmark-ui";
    public static final String LANGUAGE = "--language";
    /** The JVM option that chooses the language too ({@code -Dneurallab.language=ko}); it wins over the kept one. */
    static final String LANGUAGE_PROPERTY = "neurallab.language";

    /**
     * Whether this start measures the window and exits ({@code --self-check}, {@code --benchmark-ui}): such a
     * run leaves the user's data alone, neither offering an autosave back nor autosaving its own training.
     */
    public boolean measures() {
        return selfCheck || !benchmark.isEmpty();
    }

    /** The window's arguments, or null when args are a headless command. */
    public static StartArguments parse(String[] given) {
        String[] args = withLanguageChosen(given);
        if (args == null) {
            return null;
        }
        if (args.length == 0) {
            return new StartArguments(null, false, List.of());
        }
        if (args[0].equals(BENCHMARK)) {
            return new StartArguments(null, false, List.of(args));
        }
        if (args.length == 1 && args[0].equals(SelfCheck.FLAG)) {
            return new StartArguments(null, true, List.of());
        }
        boolean file = args[0].toLowerCase(Locale.ROOT).endsWith(".json");
        if (file && args.length == 1) {
            return new StartArguments(Path.of(args[0]), false, List.of());
        }
        if (file && args.length == 2 && args[1].equals(SelfCheck.FLAG)) {
            return new StartArguments(Path.of(args[0]), true, List.of());
        }
        return null;
    }

    /**
     * Speaks the language of {@code --language en|ko} (the window's {@link Texts}) and returns the other
     * arguments; args themselves when there is no such option, null when it lacks its value.
     */
    static String[] withLanguageChosen(String[] args) {
        int at = List.of(args).indexOf(LANGUAGE);
        if (at < 0) {
            return args;
        }
        if (at + 1 >= args.length) {
            return null;
        }
        Locale wanted = Locale.forLanguageTag(args[at + 1]);
        if (!wanted.getLanguage().matches("en|ko")) {
            System.err.println(LANGUAGE + ": " + args[at + 1] + " is not en or ko; the window speaks English");
        }
        System.setProperty(LANGUAGE_PROPERTY, wanted.toLanguageTag());
        Texts.use(wanted);
        List<String> rest = new ArrayList<>(List.of(args));
        rest.subList(at, at + 2).clear();
        return rest.toArray(new String[0]);
    }

    /** The arguments as the window's Application receives them again. */
    public String[] raw() {
        if (!benchmark.isEmpty()) {
            return benchmark.toArray(new String[0]);
        }
        List<String> args = new ArrayList<>();
        if (file != null) {
            args.add(file.toString());
        }
        if (selfCheck) {
            args.add(SelfCheck.FLAG);
        }
        return args.toArray(new String[0]);
    }
}
