package neurallab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The application's name and version, taken from pom.xml through the Maven-filtered
 * {@code neurallab/app.properties}, and the Java runtime it runs on. No JavaFX here: the JavaFX
 * version is read by UI code ({@code System.getProperty("javafx.runtime.version")}).
 */
public final class AppInfo {
    private static final String RESOURCE = "/neurallab/app.properties";
    private static final Properties PROPERTIES = load();

    private AppInfo() {
    }

    /** The display name, e.g. "NeuralLab" (the pom's {@code name}). */
    public static String name() {
        return value("name", "NeuralLab");
    }

    /** The package and launcher name, e.g. "neurallab" (the pom's {@code artifactId}). */
    public static String id() {
        return value("id", "neurallab");
    }

    /** The version, e.g. "0.1.0" (the pom's {@code version}). */
    public static String version() {
        return value("version", "unknown");
    }

    /** One sentence saying what the app is for (the pom's {@code description}). */
    public static String description() {
        return value("description", "");
    }

    /** The Java runtime, e.g. "17.0.15+6 (Debian, OpenJDK 64-Bit Server VM)". */
    public static String javaVersion() {
        return Runtime.version() + " (" + System.getProperty("java.vendor", "?") + ", "
                + System.getProperty("java.vm.name", "?") + ")";
    }

    /** "NeuralLab 0.1.0". */
    public static String nameAndVersion() {
        return name() + " " + version();
    }

    private static String value(String key, String fallback) {
        String v = PROPERTIES.getProperty(key);
        // An unfiltered copy (e.g. run from an IDE without Maven resources) still holds "${...}".
        return v == null || v.isBlank() || v.startsWith("${") ? fallback : v.strip();
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return p;
    }
}
