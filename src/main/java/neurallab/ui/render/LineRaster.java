package neurallab.ui.render;

import java.util.Arrays;

/**
 * Thick anti-aliased lines into an ARGB (non-premultiplied) buffer, blended source-over. The network's
 * links are drawn here and handed to the view as one image: the software pipeline draws one image per
 * frame much faster than hundreds of stroked canvas lines.
 */
public final class LineRaster {
    private LineRaster() {
    }

    public static void clear(int[] buf, int width, int height) {
        Arrays.fill(buf, 0, width * height, 0);
    }

    /**
     * A line from (x0, y0) to (x1, y1), {@code thickness} pixels across (measured perpendicular to the
     * line), colour rgb (alpha ignored) at opacity alpha. Pixels outside the buffer are skipped.
     */
    public static void line(int[] buf, int width, int height, double x0, double y0, double x1, double y1,
                            double thickness, int rgb, double alpha) {
        double dx = x1 - x0, dy = y1 - y0;
        if (Math.abs(dx) >= Math.abs(dy)) {
            if (x1 < x0) {
                line(buf, width, height, x1, y1, x0, y0, thickness, rgb, alpha);
                return;
            }
            double slope = dx == 0 ? 0 : dy / dx;
            // the vertical extent of a band `thickness` wide across the line
            double half = thickness * Math.sqrt(1 + slope * slope) / 2;
            int xa = (int) Math.max(0, Math.floor(x0)), xb = (int) Math.min(width - 1, Math.ceil(x1));
            for (int x = xa; x <= xb; x++) {
                double yc = y0 + slope * (x + 0.5 - x0);
                span(buf, width, height, x, yc - half, yc + half, true, rgb, alpha);
            }
        } else {
            if (y1 < y0) {
                line(buf, width, height, x1, y1, x0, y0, thickness, rgb, alpha);
                return;
            }
            double slope = dx / dy;
            double half = thickness * Math.sqrt(1 + slope * slope) / 2;
            int ya = (int) Math.max(0, Math.floor(y0)), yb = (int) Math.min(height - 1, Math.ceil(y1));
            for (int y = ya; y <= yb; y++) {
                double xc = x0 + slope * (y + 0.5 - y0);
                span(buf, width, height, y, xc - half, xc + half, false, rgb, alpha);
            }
        }
    }

    // Pixels of one column (vertical) or row covering [lo, hi), partial coverage at both ends.
    private static void span(int[] buf, int width, int height, int fixed, double lo, double hi, boolean vertical,
                             int rgb, double alpha) {
        int limit = vertical ? height : width;
        int a = (int) Math.floor(lo), b = (int) Math.floor(hi);
        for (int p = Math.max(0, a); p <= Math.min(limit - 1, b); p++) {
            double cover = Math.min(hi, p + 1) - Math.max(lo, p);
            if (cover <= 0) {
                continue;
            }
            int i = vertical ? p * width + fixed : fixed * width + p;
            buf[i] = blend(buf[i], rgb, alpha * Math.min(1, cover));
        }
    }

    /** Source-over of rgb at opacity sa onto a non-premultiplied ARGB pixel. */
    public static int blend(int dst, int rgb, double sa) {
        double da = ((dst >>> 24) & 0xFF) / 255.0;
        double oa = sa + da * (1 - sa);
        if (oa <= 0) {
            return 0;
        }
        double wd = da * (1 - sa) / oa, ws = sa / oa;
        int r = (int) Math.round(((rgb >> 16) & 0xFF) * ws + ((dst >> 16) & 0xFF) * wd);
        int g = (int) Math.round(((rgb >> 8) & 0xFF) * ws + ((dst >> 8) & 0xFF) * wd);
        int bl = (int) Math.round((rgb & 0xFF) * ws + (dst & 0xFF) * wd);
        return ((int) Math.round(oa * 255) << 24) | (r << 16) | (g << 8) | bl;
    }
}
