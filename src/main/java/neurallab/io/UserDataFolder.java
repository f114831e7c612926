package neurallab.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The folder where NeuralLab keeps what a user never saves by hand (the autosave, the preferences):
 * {@code $XDG_DATA_HOME/neurallab} or {@code ~/.local/share/neurallab} on Linux, {@code %APPDATA%\NeuralLab} on
 * Windows, {@code ~/Library/Application Support/NeuralLab} on macOS. The system property {@code neurallab.data}
 * names another folder (tests point it at a temporary one, and so may a user).
 */
public final class UserDataFolder {
    /** The system property that overrides the platform's folder. */
    public static final String PROPERTY = "neurallab.data";

    private UserDataFolder() {
    }

    /** The folder for this machine and user. */
    public static Path current() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return of(System.getProperty("os.name", ""), System.getProperty("user.home", "."), System::getenv);
    }

    /** The folder on this operating system ({@code os.name}), for this home folder and environment. */
    public static Path of(String osName, String home, UnaryOperator<String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.apply("APPDATA");
            Path roaming = isSet(appData) ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return roaming.resolve("NeuralLab");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "NeuralLab");
        }
        // the XDG base directory specification: a relative XDG_DATA_HOME is invalid and ignored
        String xdg = env.apply("XDG_DATA_HOME");
        Path data = isSet(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return data.resolve("neurallab");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
