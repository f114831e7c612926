package neurallab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The user data folder on each platform, from the home folder and the environment given. */
class UserDataFolderTest {
    private static final String HOME = "/home/ada";

    @Test
    void linuxFollowsXdgDataHomeElseLocalShare() {
        assertEquals(Path.of("/data/ada/neurallab"),
                UserDataFolder.of("Linux", HOME, Map.of("XDG_DATA_HOME", "/data/ada")::get));
        assertEquals(Path.of(HOME, ".local", "share", "neurallab"), UserDataFolder.of("Linux", HOME, Map.<String, String>of()::get));
        assertEquals(Path.of(HOME, ".local", "share", "neurallab"),
                UserDataFolder.of("Linux", HOME, Map.of("XDG_DATA_HOME", "")::get), "empty counts as unset");
        assertEquals(Path.of(HOME, ".local", "share", "neurallab"),
                UserDataFolder.of("Linux", HOME, Map.of("XDG_DATA_HOME", "relative/data")::get),
                "the XDG specification: a relative path is invalid and ignored");
    }

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\ada\\AppData\\Roaming";
        assertEquals(Path.of(appData).resolve("NeuralLab"),
                UserDataFolder.of("Windows 11", "C:\\Users\\ada", Map.of("APPDATA", appData)::get));
        assertEquals(Path.of("C:\\Users\\ada", "AppData", "Roaming", "NeuralLab"),
                UserDataFolder.of("Windows 10", "C:\\Users\\ada", Map.<String, String>of()::get));
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(Path.of("/Users/ada", "Library", "Application Support", "NeuralLab"),
                UserDataFolder.of("Mac OS X", "/Users/ada", Map.of("XDG_DATA_HOME", "/elsewhere")::get));
    }

    @Test
    void theSystemPropertyNamesAnotherFolder() {
        String before = System.getProperty(UserDataFolder.PROPERTY);
        try {
            System.setProperty(UserDataFolder.PROPERTY, "/tmp/neurallab-test-data");
            assertEquals(Path.of("/tmp/neurallab-test-data"), UserDataFolder.current());
        } finally {
            if (before == null) {
                System.clearProperty(UserDataFolder.PROPERTY);
            } else {
                System.setProperty(UserDataFolder.PROPERTY, before);
            }
        }
    }
}
