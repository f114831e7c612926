package neurallab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import neurallab.ui.text.Texts;
import org.junit.jupiter.api.Test;

class StartArgumentsTest {
    @Test
    void aFileOpensTheWindowOnIt() {
        assertEquals(new StartArguments(null, false, List.of()), StartArguments.parse(new String[0]));
        assertEquals(new StartArguments(Path.of("circle.json"), false, List.of()),
                StartArguments.parse(new String[] {"circle.json"}));
        assertEquals(new StartArguments(Path.of("My Lesson.JSON"), true, List.of()),
                StartArguments.parse(new String[] {"My Lesson.JSON", "--self-check"}));
        assertEquals(new StartArguments(null, true, List.of()), StartArguments.parse(new String[] {"--self-check"}));
        assertArrayEquals(new String[] {"circle.json", "--self-check"},
                StartArguments.parse(new String[] {"circle.json", "--self-check"}).raw());
    }

    @Test
    void theLanguageOptionChoosesTheWindowsLanguageAnywhereInTheArguments() {
        try {
            assertEquals(new StartArguments(Path.of("circle.json"), false, List.of()),
                    StartArguments.parse(new String[] {"--language", "ko", "circle.json"}));
            assertEquals(Locale.KOREAN, Texts.language());
            assertEquals("ko", System.getProperty(StartArguments.LANGUAGE_PROPERTY), "it wins over the kept language");
            assertEquals(new StartArguments(null, true, List.of()),
                    StartArguments.parse(new String[] {"--self-check", "--language", "en"}));
            assertEquals(Locale.ENGLISH, Texts.language());
            assertNull(StartArguments.parse(new String[] {"circle.json", "--language"}));
        } finally {
            Texts.use(Locale.ENGLISH);
            System.clearProperty(StartArguments.LANGUAGE_PROPERTY);
        }
    }

    @Test
    void commandsStayHeadless() {
        assertNull(StartArguments.parse(new String[] {"train", "circle.json"}));
        assertNull(StartArguments.parse(new String[] {"--help"}));
        assertNull(StartArguments.parse(new String[] {"circle.json", "--epochs", "3"}));
        assertNull(StartArguments.parse(new String[] {"notes.txt"}));
        StartArguments bench = StartArguments.parse(new String[] {"--benchmark-ui", "12", "x.json"});
        assertEquals(List.of("--benchmark-ui", "12", "x.json"), bench.benchmark());
        assertArrayEquals(new String[] {"--benchmark-ui", "12", "x.json"}, bench.raw());
    }

    @Test
    void theWindowFillsALaptopScreenAndIsCentredOnALargeOne() {
        // a 1366×768 screen with a 28-pixel panel at the top
        assertEquals(new Rectangle2D(0, 28, 1366, 740), WindowPlacement.on(new Rectangle2D(0, 28, 1366, 740)));
        assertEquals(new Rectangle2D(320, 120, 1920, 1200), WindowPlacement.on(new Rectangle2D(0, 0, 2560, 1440)));
        // a second screen to the right
        assertEquals(new Rectangle2D(1920, 0, 1024, 768), WindowPlacement.on(new Rectangle2D(1920, 0, 1024, 768)));
    }
}
