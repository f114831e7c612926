package neurallab.io;

import java.nio.file.Path;
import java.util.List;

/**
 * What the window remembers between starts; a null field means "not chosen yet" (the app's default then).
 *
 * @param theme       the theme's name ("light", "dark")
 * @param zoom        the zoom factor, or null
 * @param language    the language as a BCP 47 tag ("en", "ko"), or null to follow the system
 * @param recentFiles the most recently opened or saved experiments, newest first
 * @param window      where the window was, or null
 * @param lastFolder  the folder the file choosers last showed, or null
 * @param speed       epochs per frame (0: as fast as possible), or null
 */
public record Preferences(String theme, Double zoom, String language, List<Path> recentFiles, WindowBounds window,
                          Path lastFolder, Integer speed) {
    /** Nothing chosen yet. */
    public static final Preferences DEFAULTS = new Preferences(null, null, null, List.of(), null, null, null);

    public Preferences {
        recentFiles = List.copyOf(recentFiles);
    }

    /** The window's position and size on the desktop, decorations included. */
    public record WindowBounds(double x, double y, double width, double height) {
    }

    public Preferences withTheme(String t) {
        return new Preferences(t, zoom, language, recentFiles, window, lastFolder, speed);
    }

    public Preferences withZoom(Double z) {
        return new Preferences(theme, z, language, recentFiles, window, lastFolder, speed);
    }

    public Preferences withLanguage(String l) {
        return new Preferences(theme, zoom, l, recentFiles, window, lastFolder, speed);
    }

    public Preferences withRecentFiles(List<Path> r) {
        return new Preferences(theme, zoom, language, r, window, lastFolder, speed);
    }

    public Preferences withWindow(WindowBounds w) {
        return new Preferences(theme, zoom, language, recentFiles, w, lastFolder, speed);
    }

    public Preferences withLastFolder(Path f) {
        return new Preferences(theme, zoom, language, recentFiles, window, f, speed);
    }

    public Preferences withSpeed(Integer s) {
        return new Preferences(theme, zoom, language, recentFiles, window, lastFolder, s);
    }
}
