package neurallab.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AppearanceTest {
    @Test
    void zoomStepsAndStaysInRange() {
        Appearance a = new Appearance();
        a.zoomIn();
        a.zoomIn();
        a.zoomIn();
        a.zoomIn();
        assertEquals(1.5, a.zoom().get());
        assertEquals(21, a.fontSize());
        for (int i = 0; i < 20; i++) {
            a.zoomIn();
        }
        assertEquals(Appearance.MAX_ZOOM, a.zoom().get());
        for (int i = 0; i < 40; i++) {
            a.zoomOut();
        }
        assertEquals(Appearance.MIN_ZOOM, a.zoom().get());
        a.resetZoom();
        assertEquals(1.0, a.zoom().get());
    }

    @Test
    void themeToggles() {
        Appearance a = new Appearance();
        assertEquals(Appearance.Theme.LIGHT, a.theme().get());
        a.toggleTheme();
        assertEquals(Appearance.Theme.DARK, a.theme().get());
        assertEquals("dark.css", a.theme().get().stylesheet());
    }
}
