package neurallab.ui;

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
import neurallab.io.ExperimentFileException;
import neurallab.io.ExperimentFiles;
import neurallab.io.UserDataFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16's test, for real: the app in a child JVM (headless, Monocle) gets an edit through its window and
 * trains; once the autosave is on disk the process is killed with SIGKILL; the app started again offers the
 * autosave, and after Restore the window shows the edit; closing that window normally removes the autosave. The
 * data folder and home are temporary.
 */
class CrashRecoveryTest {
    private static final long GENEROUS_SECONDS = 90;

    @TempDir
    Path dir;

    @Test
    void anEditIsBackAfterTheAppIsKilledWhileTraining() throws Exception {
        Path data = dir.resolve("data");
        Path autosave = data.resolve(AutosaveFiles.EXPERIMENT);
        long t0 = System.nanoTime();
        Process first = start("edit", data, "first", 1);
        try {
            awaitAutosaveWithTheEdit(autosave, first);
            long saved = System.nanoTime();
            assertTrue(first.isAlive(), "the app was still running (training) when killed");
            first.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no clean exit
            assertTrue(first.waitFor(GENEROUS_SECONDS, TimeUnit.SECONDS));
            assertEquals(137, first.exitValue(), "killed by SIGKILL (128 + 9)");
            System.out.printf("crash test: autosave with the edit on disk %.1f s after the first start%n",
                    (saved - t0) / 1e9);
        } finally {
            first.destroyForcibly();
        }
        assertTrue(Files.exists(autosave), "the autosave survives the kill");

        long t1 = System.nanoTime();
        Process second = start("restore", data, "second", 1);
        try {
            assertTrue(second.waitFor(GENEROUS_SECONDS, TimeUnit.SECONDS), "the restarted app answered: " + log("second"));
        } finally {
            second.destroyForcibly();
        }
        String out = log("second");
        System.out.printf("crash test: restarted, restored and checked in %.1f s%n", (System.nanoTime() - t1) / 1e9);
        assertEquals(0, second.exitValue(), out);
        assertTrue(out.contains("LEARNING_RATE=" + CrashRecoveryChild.RATE), out);
        assertTrue(out.lines().anyMatch(l -> l.matches(
                "QUESTION=Restore the experiment autosaved (today|yesterday) at \\d\\d:\\d\\d\\?")), out);
        assertTrue(out.contains("TITLE=• untitled — NeuralLab"), "restored work is unsaved: " + out);
        assertFalse(Files.exists(autosave), "a clean exit leaves no autosave");
        assertTrue(Files.readString(data.resolve(UserPreferences.FILE)).contains("\"window\""),
                "the window's place is kept for the next start");
    }

    private void awaitAutosaveWithTheEdit(Path autosave, Process child) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(GENEROUS_SECONDS);
        while (System.nanoTime() < end && child.isAlive()) {
            if (hasTheEdit(autosave)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no autosave with the edit appeared: " + log("first"));
    }

    private static boolean hasTheEdit(Path autosave) {
        if (!Files.exists(autosave)) {
            return false;
        }
        try {
            double rate = ExperimentFiles.read(autosave).training().optimizer().learningRate();
            return rate == Double.parseDouble(CrashRecoveryChild.RATE);
        } catch (ExperimentFileException e) {
            return false; // replaced between the check and the read
        }
    }

    @Test
    void anAppToldToStopSavesItsUnsavedWorkOnTheWayOut() throws Exception {
        Path data = dir.resolve("data");
        Process app = start("edit", data, "stopped", 600); // no autosave would come for ten minutes
        try {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(GENEROUS_SECONDS);
            while (!log("stopped").contains("EDITED") && System.nanoTime() < end && app.isAlive()) {
                Thread.sleep(100);
            }
            assertTrue(log("stopped").contains("EDITED"), log("stopped"));
            assertFalse(Files.exists(data.resolve(AutosaveFiles.EXPERIMENT)));
            app.destroy(); // SIGTERM on Linux: the shutdown hook runs
            assertTrue(app.waitFor(GENEROUS_SECONDS, TimeUnit.SECONDS));
        } finally {
            app.destroyForcibly();
        }
        assertTrue(hasTheEdit(data.resolve(AutosaveFiles.EXPERIMENT)), log("stopped"));
    }

    private Process start(String mode, Path data, String name, int autosaveSeconds) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-XX:TieredStopAtLevel=1",
                "-Dtestfx.robot=glass", "-Dtestfx.headless=true", "-Dprism.order=sw", "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Djava.awt.headless=true",
                "-Duser.language=en", "-Duser.country=US",
                "-Duser.home=" + dir.resolve("home"),
                "-D" + UserDataFolder.PROPERTY + "=" + data,
                "-D" + AutosaveRecovery.DELAY_PROPERTY + "=" + autosaveSeconds,
                CrashRecoveryChild.class.getName(), mode));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile()).start();
    }

    private String log(String name) {
        try {
            return Files.readString(dir.resolve(name + ".log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
