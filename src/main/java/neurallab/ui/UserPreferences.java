package neurallab.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import neurallab.io.Preferences;
import neurallab.io.PreferencesFile;
import neurallab.session.live.Speed;
import neurallab.ui.text.Texts;
import neurallab.ui.viewmodel.Appearance;
import neurallab.ui.viewmodel.PlaygroundViewModel;
import neurallab.ui.viewmodel.RecentFiles;

/**
 * The preferences kept between starts in {@code preferences.json} of the user data folder: theme, zoom,
 * language, recent files, window size and position, the file choosers' last folder, speed. Read once at start;
 * each change is written on the writer thread. A damaged file is set aside and the window says so.
 */
final class UserPreferences {
    static final String FILE = "preferences.json";
    /** Where the recent files were kept before there were preferences (relative to the home folder). */
    static final Path OLD_RECENT_FILES = Path.of(".neurallab", "recent-files.txt");

    private final Path file;
    private final Executor writer;
    private Preferences preferences;
    private final String problem;

    private UserPreferences(Path file, Executor writer, Preferences preferences, String problem) {
        this.file = file;
        this.writer = writer;
        this.preferences = preferences;
        this.problem = problem;
    }

    /** The preferences in folder (the recent files of an older version taken over from home); writes go to writer. */
    static UserPreferences load(Path folder, Path home, Executor writer) {
        Path file = folder.resolve(FILE);
        boolean existed = Files.exists(file);
        PreferencesFile.Loaded loaded = PreferencesFile.read(file, LocalDateTime.now());
        String problem = loaded.problem() == null ? null : Texts.get("files.preferences.setAside", loaded.problem(),
                loaded.setAside() == null ? "-" : loaded.setAside().getFileName());
        UserPreferences p = new UserPreferences(file, writer, loaded.preferences(), problem);
        Path old = home.resolve(OLD_RECENT_FILES);
        if (!existed && Files.isRegularFile(old)) {
            p.change(q -> q.withRecentFiles(oldRecentFiles(old)));
            writer.execute(() -> {
                if (Files.exists(file)) { // taken over: the old list is no longer read
                    removeOld(old);
                }
            });
        }
        return p;
    }

    Preferences get() {
        return preferences;
    }

    /** What was wrong with the file read at start (already set aside), or null. */
    String problem() {
        return problem;
    }

    void change(UnaryOperator<Preferences> change) {
        Preferences p = change.apply(preferences);
        preferences = p;
        writer.execute(() -> {
            try {
                PreferencesFile.write(file, p);
            } catch (IOException e) {
                // the preferences are a convenience: a read-only folder only means they are not kept
            }
        });
    }

    /** The language to build the window in (before any view asks for a text): --language, else the kept one. */
    void useLanguage() {
        String chosen = System.getProperty(StartArguments.LANGUAGE_PROPERTY, preferences.language());
        if (chosen != null) {
            Texts.use(Locale.forLanguageTag(chosen));
        }
    }

    RecentFiles recentFiles() {
        return new RecentFiles(preferences.recentFiles(), preferences.lastFolder(),
                r -> change(p -> p.withRecentFiles(r.list()).withLastFolder(r.lastFolder())));
    }

    /** Theme, zoom and speed as they were. */
    void applyTo(Appearance appearance, PlaygroundViewModel vm) {
        Preferences p = preferences;
        if (p.theme() != null) {
            for (Appearance.Theme t : Appearance.Theme.values()) {
                if (t.name().equalsIgnoreCase(p.theme())) {
                    appearance.theme().set(t);
                }
            }
        }
        if (p.zoom() != null) {
            appearance.setZoom(p.zoom());
        }
        if (p.speed() != null) {
            vm.speed().set(new Speed(p.speed()));
        }
    }

    /** Keeps theme, zoom, language and speed from now on. */
    void follow(Appearance appearance, PlaygroundViewModel vm) {
        appearance.theme().addListener((o, a, t) -> change(p -> p.withTheme(t.name().toLowerCase(Locale.ROOT))));
        appearance.zoom().addListener((o, a, z) -> {
            if (!appearance.presenting().get()) { // presenting enlarges for a while; the zoom to keep is the user's
                change(p -> p.withZoom(z.doubleValue()));
            }
        });
        appearance.language().locale().addListener((o, a, l) -> change(p -> p.withLanguage(l.toLanguageTag())));
        vm.speed().addListener((o, a, s) -> change(p -> p.withSpeed(s.epochsPerFrame())));
    }

    /** Where the window opens: where it was, when that still fits a screen. */
    Rectangle2D placement() {
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        return WindowPlacement.restore(preferences.window(), screens, Screen.getPrimary().getVisualBounds());
    }

    /** Remembers where the window is (not when full screen or maximized: the next start opens it normally). */
    void windowClosing(Stage stage) {
        if (!stage.isFullScreen() && !stage.isMaximized() && stage.getWidth() > 0 && stage.getHeight() > 0) {
            change(p -> p.withWindow(new Preferences.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight())));
        }
    }

    private static List<Path> oldRecentFiles(Path old) {
        List<Path> files = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(old, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && files.size() < RecentFiles.MAX) {
                    files.add(Path.of(line.strip()));
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return files;
    }

    private static void removeOld(Path old) {
        try {
            Files.deleteIfExists(old);
            Files.deleteIfExists(old.getParent()); // only when nothing else is left in it
        } catch (IOException e) {
            // a folder with other files in it stays
        }
    }
}
