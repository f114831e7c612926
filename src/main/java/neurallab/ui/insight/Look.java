package neurallab.ui.insight;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import neurallab.session.insight.Palette;
import neurallab.ui.viewmodel.Appearance;

/**
 * What the insight canvases draw with, taken from the appearance settings: the theme's background, text and
 * grid colours and its heatmap zero, and type sized from the zoomed root font (the labels around the canvases
 * take the same from the stylesheet).
 */
public record Look(Color background, Color text, Color muted, Color grid, int neutral, double fontSize) {
    /** Insight text is a little larger than the main window's: it is read from the back of a room. */
    private static final double TEXT = 16.0 / 14, TITLE = 22.0 / 14;

    public static Look of(Appearance.Theme theme, double fontSize) {
        Color text = argb(theme.text());
        Color background = argb(theme.background());
        return new Look(background, text, text.interpolate(background, 0.4), argb(theme.grid()), theme.neutral(),
                fontSize);
    }

    public static Look light() {
        return of(Appearance.Theme.LIGHT, Appearance.BASE_FONT);
    }

    public Font titleFont() {
        return Font.font("System", FontWeight.BOLD, TITLE * fontSize);
    }

    public Font textFont() {
        return Font.font("System", TEXT * fontSize);
    }

    public Font smallFont() {
        return Font.font("System", fontSize);
    }

    /** A packed ARGB colour of the palette as a paint. */
    public static Color argb(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24) & 0xFF) / 255.0);
    }

    /** Series i's colour: the palette's class colours from blue on, black replaced by the text colour. */
    public Color series(int i) {
        int c = Palette.classColor((i + 1) % Palette.classCount());
        return c == 0xFF000000 ? text : argb(c);
    }
}
