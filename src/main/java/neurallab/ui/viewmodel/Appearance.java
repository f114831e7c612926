package neurallab.ui.viewmodel;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Theme, zoom (the root font size every size in the window is relative to), language, and presentation
 * mode, which multiplies the zoom and the thickness of lines and points by {@link #PRESENTING} until it is
 * left.
 */
public final class Appearance {
    public static final double BASE_FONT = 14;
    public static final double MIN_ZOOM = 0.75, MAX_ZOOM = 2.0, STEP = 0.125;
    /** How much larger type, lines and points are while presenting. */
    public static final double PRESENTING = 1.5;

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
    private final Language language = new Language();
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(false);
    /** The zoom before presenting, given back on leaving. */
    private double zoomBefore = 1.0;

    public Language language() {
        return language;
    }

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
        double scale = presenting.get() ? PRESENTING : 1;
        zoom.set(Math.max(MIN_ZOOM * scale, Math.min(MAX_ZOOM * scale, Math.round(z / STEP) * STEP)));
    }

    public ReadOnlyBooleanProperty presenting() {
        return presenting.getReadOnlyProperty();
    }

    /** Enters presentation mode (zoom × {@link #PRESENTING}) or leaves it (the zoom from before comes back). */
    public void setPresenting(boolean on) {
        if (on == presenting.get()) {
            return;
        }
        // the flag first: whoever redraws on the zoom's change already sees the thicker lines
        presenting.set(on);
        if (on) {
            zoomBefore = zoom.get();
            zoom.set(zoomBefore * PRESENTING);
        } else {
            zoom.set(zoomBefore);
        }
    }

    /** How much thicker lines and larger points are drawn: {@link #PRESENTING} while presenting, else 1. */
    public double lineScale() {
        return presenting.get() ? PRESENTING : 1;
    }
}
