package neurallab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import neurallab.io.PreferencesFile;
import neurallab.session.live.ManualWorker;
import neurallab.session.live.Speed;
import neurallab.ui.text.Texts;
import neurallab.ui.viewmodel.Appearance;
import neurallab.ui.viewmodel.Edits;
import neurallab.ui.viewmodel.PlaygroundViewModel;
import neurallab.ui.viewmodel.RecentFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preferences between two starts: what one start changes, the next opens with; files written on the test's thread. */
class UserPreferencesTest {
    @TempDir
    Path dir;
    private final Locale language = Texts.language();

    @AfterEach
    void restoreLanguage() {
        Texts.use(language);
    }

    private UserPreferences load() {
        return UserPreferences.load(dir.resolve("data"), dir.resolve("home"), Runnable::run);
    }

    private static PlaygroundViewModel viewModel(RecentFiles recent) {
        return new PlaygroundViewModel(Edits.playgroundDefault(), Path.of("."), ManualWorker::new,
                new JsonExperimentStore(), recent);
    }

    @Test
    void whatOneStartChangesTheNextOpensWith() throws Exception {
        UserPreferences first = load();
        Appearance appearance = new Appearance();
        RecentFiles recent = first.recentFiles();
        PlaygroundViewModel vm = viewModel(recent);
        first.applyTo(appearance, vm);
        first.follow(appearance, vm);
        appearance.theme().set(Appearance.Theme.DARK);
        appearance.setZoom(1.5);
        appearance.language().choose(Locale.KOREAN);
        vm.speed().set(Speed.MAX);
        Files.createDirectories(dir.resolve("work"));
        recent.add(dir.resolve("work").resolve("circle.json"));
        vm.close();

        Texts.use(Locale.ENGLISH);
        UserPreferences second = load();
        second.useLanguage();
        assertEquals(Locale.KOREAN, Texts.language());
        Appearance appearance2 = new Appearance();
        RecentFiles recent2 = second.recentFiles();
        PlaygroundViewModel vm2 = viewModel(recent2);
        second.applyTo(appearance2, vm2);
        assertEquals(Appearance.Theme.DARK, appearance2.theme().get());
        assertEquals(1.5, appearance2.zoom().get());
        assertEquals(Speed.MAX, vm2.speed().get());
        assertEquals(List.of(dir.resolve("work").resolve("circle.json").toAbsolutePath()), recent2.list());
        assertEquals(dir.resolve("work").toAbsolutePath(), recent2.lastFolder());
        vm2.close();
    }

    @Test
    void theRecentFilesOfAnOlderVersionAreTakenOverAndTheirFileRemoved() throws Exception {
        Path old = dir.resolve("home").resolve(UserPreferences.OLD_RECENT_FILES);
        Files.createDirectories(old.getParent());
        Files.writeString(old, "/work/a.json\n\n/work/b.json\n");
        UserPreferences p = load();
        assertEquals(List.of(Path.of("/work/a.json"), Path.of("/work/b.json")), p.get().recentFiles());
        assertFalse(Files.exists(old));
        assertFalse(Files.exists(old.getParent()), "the old folder held nothing else");
        assertEquals(p.get(), PreferencesFile.read(dir.resolve("data").resolve(UserPreferences.FILE),
                LocalDateTime.now()).preferences());
    }

    @Test
    void aDamagedFileIsSetAsideAndTheWindowSaysSo() throws Exception {
        Texts.use(Locale.ENGLISH);
        Path file = dir.resolve("data").resolve(UserPreferences.FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"format\": \"neurallab-preferences\", \"theme\": 3}");
        UserPreferences p = load();
        assertTrue(p.problem().startsWith("The preferences could not be read (\"theme\" must be a string); "
                + "they were set aside as preferences.json.damaged-"), p.problem());
        assertNull(p.get().theme());
        assertNull(load().problem(), "set aside once, not complained about at every start");
    }

    @Test
    void theRestoreOfferNamesWhenTheAutosaveWasMade() {
        Texts.use(Locale.ENGLISH);
        ZonedDateTime now = ZonedDateTime.parse("2026-12-03T14:30:00+09:00[Asia/Seoul]");
        assertEquals("Restore the experiment autosaved today at 14:02?",
                AutosaveRecovery.question(Instant.parse("2026-12-03T05:02:00Z"), now));
        assertEquals("Restore the experiment autosaved yesterday at 23:59?",
                AutosaveRecovery.question(Instant.parse("2026-12-02T14:59:00Z"), now));
        assertEquals("Restore the experiment autosaved on 2026-11-28 at 09:00?",
                AutosaveRecovery.question(Instant.parse("2026-11-28T00:00:00Z"), now));
        Texts.use(Locale.KOREAN);
        assertEquals("오늘 14:02에 자동 저장된 실험을 복원할까요?",
                AutosaveRecovery.question(Instant.parse("2026-12-03T05:02:00Z"), now));
    }
}
