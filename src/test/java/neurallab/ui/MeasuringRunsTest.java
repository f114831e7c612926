package neurallab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import neurallab.io.AutosaveFiles;
import neurallab.io.ExperimentDocument;
import neurallab.io.UserDataFolder;
import neurallab.ui.viewmodel.Edits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --benchmark-ui} and {@code --self-check} measure the window and exit: run as the user would (the app's
 * own main, in a child JVM, headless with Monocle) beside an autosave of the user's unsaved work, they leave it
 * exactly as it was. A benchmark trains, so before it wrote its own training over the user's autosave at exit,
 * and the next start offered that back.
 */
class MeasuringRunsTest {
    private static final long GENEROUS_SECONDS = 90;

    @TempDir
    Path dir;

    @Test
    void aWindowBenchmarkLeavesTheUsersAutosaveAsItWas() throws Exception {
        Path data = usersUnsavedWork();
        byte[] before = Files.readAllBytes(data.resolve(AutosaveFiles.EXPERIMENT));
        String out = run(data, "--benchmark-ui", "1", Path.of("resources/bench/playground-default.json").toString());
        assertTrue(out.contains("\"epochsPerSecond\""), out);
        assertArrayEquals(before, Files.readAllBytes(data.resolve(AutosaveFiles.EXPERIMENT)), "the user's autosave");
        assertFalse(Files.exists(data.resolve(UserPreferences.FILE)), "no preferences written either");
    }

    @Test
    void aSelfCheckLeavesTheUsersAutosaveAsItWas() throws Exception {
        Path data = usersUnsavedWork();
        byte[] before = Files.readAllBytes(data.resolve(AutosaveFiles.EXPERIMENT));
        String out = run(data, SelfCheck.FLAG);
        assertTrue(out.contains("OK"), out);
        assertArrayEquals(before, Files.readAllBytes(data.resolve(AutosaveFiles.EXPERIMENT)), "the user's autosave");
    }

    // an autosave as a run that did not exit cleanly leaves it: the default experiment at a rate of 0.123
    private Path usersUnsavedWork() throws IOException {
        Path data = dir.resolve("data");
        var mine = Edits.playgroundDefault();
        mine = mine.withTraining(mine.training().withOptimizer(mine.training().optimizer().withLearningRate(0.123)));
        new AutosaveFiles(data).write(new ExperimentDocument(mine, List.of()), null, dir);
        return data;
    }

    private String run(Path data, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-XX:TieredStopAtLevel=1",
                "-Dprism.order=sw", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Djava.awt.headless=true", "-Duser.language=en", "-Duser.country=US",
                "-Duser.home=" + dir.resolve("home"),
                "-D" + UserDataFolder.PROPERTY + "=" + data, neurallab.Main.class.getName()));
        command.addAll(List.of(args));
        Path log = dir.resolve("run.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertTrue(p.waitFor(GENEROUS_SECONDS, TimeUnit.SECONDS), "the run ended: " + Files.readString(log));
        } finally {
            p.destroyForcibly();
        }
        String out = Files.readString(log);
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
