package neurallab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import neurallab.io.ExampleLibrary;
import neurallab.ui.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every bundled example is named in both languages; in English as its index names it. */
class ExamplesTextsTest {
    @AfterEach
    void english() {
        Texts.use(Locale.ENGLISH);
    }

    @Test
    void everyExampleHasItsNameAndDescriptionInBothLanguages() throws Exception {
        for (ExampleLibrary.Example e : ExampleLibrary.bundled().examples()) {
            Texts.use(Locale.ENGLISH);
            assertEquals(e.name(), ExamplesMenu.text(e, "name", "?"));
            assertEquals(e.description(), ExamplesMenu.text(e, "description", "?"));
            Texts.use(Locale.KOREAN);
            assertNotEquals(e.name(), ExamplesMenu.text(e, "name", e.name()), e.file() + " has no Korean name");
            assertNotEquals(e.description(), ExamplesMenu.text(e, "description", e.description()));
        }
    }
}
