package neurallab.ui.viewmodel;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import neurallab.ui.text.Texts;

/** Theme, zoom (the root font size every size in the window is relative to) and language. */
public final class Appearance {
    public static final double BASE_FONT = 14;
    public static final double MIN_ZOOM = 0.75, MAX_ZOOM = 2.0, STEP = 0.125;

    /** Light or dark; the stylesheet defines the looked-up colours, the canvases take theirs from here. */
    public enum Theme {
        LIGHT("light.css", 0xFFF2F2F2, 0xFF1D2330, 0xFFC9CED6, 0xFFFFFFFF),
        DARK("dark.css", 0xFF2B2F38, 0xFFEEF1F6, 0xFF3F4654, 0xFF22262F);

        private final String stylesheet;
        private final int neutral, text, grid, background;

        Theme(String stylesheet, int neutral, int text, int grid, int background) {
            this.stylesheet = stylesheet;
            this.neutral = neutral;
            this.text = text;
            this.grid = grid;
            this.background = background;
        }

        public String stylesheet() {
            return stylesheet;
        }

        /** The heatmaps' zero colour. */
        public int neutral() {
            return neutral;
        }

        public int text() {
            return text;
        }

        public int grid() {
            return grid;
        }

        public int background() {
            return background;
        }
    }

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(1.0);
    private final ReadOnlyObjectWrapper<Locale> language = new ReadOnlyObjectWrapper<>(Texts.language());

    public ObjectProperty<Theme> theme() {
        return theme;
    }

    public void toggleTheme() {
        theme.set(theme.get() == Theme.LIGHT ? Theme.DARK : Theme.LIGHT);
    }

    public ReadOnlyDoubleProperty zoom() {
        return zoom.getReadOnlyProperty();
    }

    public double fontSize() {
        return BASE_FONT * zoom.get();
    }

    public void zoomIn() {
        setZoom(zoom.get() + STEP);
    }

    public void zoomOut() {
        setZoom(zoom.get() - STEP);
    }

    public void resetZoom() {
        setZoom(1.0);
    }

    public void setZoom(double z) {
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, Math.round(z / STEP) * STEP)));
    }

    public ReadOnlyObjectProperty<Locale> language() {
        return language.getReadOnlyProperty();
    }

    /** The language chosen (the menu): texts asked for from now on use it, and the next start opens in it. */
    public void setLanguage(Locale locale) {
        Texts.use(locale);
        language.set(Texts.language());
    }
}
