package neurallab.ui.view;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import neurallab.session.Experiment;

/**
 * Where the network view's columns, neurons, names and layer headers go inside a given area. Every
 * length is in em (the zoomed font size), so a larger zoom in a proportionally larger panel gives the
 * same picture, larger.
 */
final class NetworkLayout {
    /** The inputs' names take at least this much room left of the first column, and as much as they need up to MAX_LABEL_EMS. */
    static final double LABEL_EMS = 5.2, MAX_LABEL_EMS = 11;

    /** The rectangle of the link image (maps and the links between them), in whole pixels. */
    record ImageBounds(int left, int top, int width, int height) {
    }

    private final double x0, y0, w, h, em;
    private double labelW;

    /** The area (x0, y0, w, h) below which the title row of height topH sits at y0. */
    NetworkLayout(double x0, double y0, double w, double h, double em) {
        this.x0 = x0;
        this.y0 = y0;
        this.w = w;
        this.h = h;
        this.em = em;
    }

    /** Places the columns and headers below a title row topH high; returns where the link image goes. */
    ImageBounds place(List<NetworkColumn> columns, List<VBox> headers, double topH) {
        int n = columns.size();
        labelW = labelWidth(columns);
        double left = x0 + labelW;
        double right = x0 + w - em;
        double spacing = n > 1 ? (right - left) / (n - 1) : 0;
        // columns evenly spaced between the first and the last map's centre; each column's maps as large as
        // its count allows (64 neurons on a 768-pixel laptop screen still get a few pixels each)
        double largest = Math.max(4, Math.min(spacing * 0.4, 4.2 * em));
        double firstX = left + largest / 2, lastX = right - largest / 2;
        double step = n > 1 ? (lastX - firstX) / (n - 1) : 0;
        // headers as high as their text needs at the width they get ("1 × sigmoid" wraps in a narrow column)
        double hw = Math.max(largest, Math.min(step - 6, 8.5 * em));
        double headerH = 0;
        for (VBox hdr : headers) {
            headerH = Math.max(headerH, hdr.prefHeight(hw));
        }
        double areaTop = y0 + topH + 6 + headerH + 6;
        double moreH = columns.stream().anyMatch(c -> c.more != null) ? 1.4 * em : 0;
        double areaH = Math.max(20, y0 + h - areaTop - 4 - moreH);
        for (int ci = 0; ci < n; ci++) {
            NetworkColumn c = columns.get(ci);
            c.x = firstX + ci * step;
            c.size = Math.max(4, Math.min(largest, areaH / Math.max(1, c.frames.size()) * 0.8));
            placeNeurons(c, areaTop, areaH);
            if (ci > 0) {
                placeHeader(headers.get(ci - 1), c.x, y0 + topH + 6, hw, headerH);
            }
        }
        return imageBounds(columns, left, right, areaTop, areaH);
    }

    // "sepal length (cm)" whole, "x1" in the usual room
    private double labelWidth(List<NetworkColumn> columns) {
        double widest = 0;
        for (NetworkColumn c : columns) {
            for (Region f : c.frames) {
                if (f.getProperties().get("label") instanceof Label l) {
                    widest = Math.max(widest, l.prefWidth(-1));
                }
            }
        }
        return Math.max(LABEL_EMS * em, Math.min(widest + 8, MAX_LABEL_EMS * em));
    }

    private void placeNeurons(NetworkColumn c, double areaTop, double areaH) {
        int m = c.frames.size();
        double size = c.size;
        double gap = m > 1 ? Math.min(size * 1.3, (areaH - size) / (m - 1)) : 0;
        double total = size + gap * (m - 1);
        double start = areaTop + Math.max(0, (areaH - total) / 2);
        c.ys = new double[m];
        double labelH = 0;
        for (Region f : c.frames) {
            if (f.getProperties().get("label") instanceof Label l) {
                labelH = Math.max(labelH, l.prefHeight(-1));
            }
        }
        int every = gap > 0 ? (int) Math.ceil(labelH / gap) : 1; // names that would overlap: every k-th only
        for (int j = 0; j < m; j++) {
            double y = start + j * gap;
            c.ys[j] = y + size / 2;
            Region f = c.frames.get(j);
            f.resizeRelocate(c.x - size / 2, y, size, size);
            if (f.getProperties().get("label") instanceof Label l) {
                double lw = Math.min(labelW - 4, l.prefWidth(-1));
                l.resizeRelocate(c.x - size / 2 - lw - 4, y + (size - l.prefHeight(-1)) / 2, lw, l.prefHeight(-1));
                l.setVisible(j % Math.max(1, every) == 0);
            }
        }
        if (c.more != null) {
            double mw = c.more.prefWidth(-1);
            c.more.resizeRelocate(c.x - mw / 2, start + total + 0.2 * em, mw, c.more.prefHeight(-1));
        }
    }

    private void placeHeader(VBox hdr, double cx, double top, double hw, double headerH) {
        double hx = Math.max(x0, Math.min(cx - hw / 2, x0 + w - hw));
        hdr.resizeRelocate(hx, top, hw, headerH);
        if (!(hdr.getClip() instanceof Rectangle clip)) {
            hdr.setClip(new Rectangle(0, 0, hw, headerH));
        } else if (clip.getWidth() != hw || clip.getHeight() != headerH) {
            clip.setWidth(hw);
            clip.setHeight(headerH);
        }
    }

    // the image spans only the maps and the links between them: the headers and the inputs' names stay
    // outside the region repainted every frame
    private ImageBounds imageBounds(List<NetworkColumn> columns, double left, double right, double areaTop,
                                    double areaH) {
        double mapsTop = areaTop + areaH, mapsBottom = areaTop;
        for (NetworkColumn c : columns) {
            if (c.ys.length > 0) {
                mapsTop = Math.min(mapsTop, c.ys[0] - c.size / 2);
                mapsBottom = Math.max(mapsBottom, c.ys[c.ys.length - 1] + c.size / 2);
            }
        }
        int imageLeft = (int) Math.floor(Math.max(x0, left - 2));
        int imageTop = (int) Math.floor(Math.max(y0, Math.min(mapsTop, mapsBottom) - 2));
        int lw = (int) Math.ceil(Math.min(x0 + w, right + 2)) - imageLeft;
        int lh = (int) Math.ceil(Math.min(y0 + h, Math.max(mapsTop, mapsBottom) + 2)) - imageTop;
        return new ImageBounds(imageLeft, imageTop, lw, lh);
    }

    /** What the mouse is over: a neuron (input &lt; 0) or the link from kernel row input to unit of layer. */
    record Target(int layer, int input, int unit) {
        boolean isNeuron() {
            return input < 0;
        }
    }

    /** The neuron under (x, y), else the link within 5 px of it (the nearest), else null. */
    static Target hit(List<NetworkColumn> columns, Experiment structure, boolean links,
                      double x, double y) {
        for (int ci = 1; ci < columns.size(); ci++) {
            NetworkColumn c = columns.get(ci);
            for (int j = 0; j < c.ys.length; j++) {
                if (Math.abs(x - c.x) <= c.size / 2 && Math.abs(y - c.ys[j]) <= c.size / 2) {
                    return new Target(c.layer, -1, j);
                }
            }
        }
        Target best = null;
        double bestD = 5;
        for (int ci = 1; links && ci < columns.size(); ci++) {
            NetworkColumn to = columns.get(ci), from = columns.get(ci - 1);
            if (x < from.outX() || x > to.inX() || !from.placed() || !to.placed()) {
                continue;
            }
            for (int si = 0; si < from.frames.size(); si++) {
                int fi = from.kernelRow(si, structure);
                for (int j = 0; fi >= 0 && j < to.frames.size(); j++) {
                    double d = segmentDistance(x, y, from.outX(), from.ys[si], to.inX(), to.ys[j]);
                    if (d < bestD) {
                        bestD = d;
                        best = new Target(to.layer, fi, j);
                    }
                }
            }
        }
        return best;
    }

    static double segmentDistance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax, dy = by - ay;
        double t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy);
        t = Math.max(0, Math.min(1, t));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }
}
