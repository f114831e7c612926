package neurallab.ui.render;

/**
 * Thick anti-aliased lines into an opaque ARGB buffer (every pixel's alpha is 255: fill it with the
 * background first), blended source-over. The network's links are drawn here and handed to the view as
 * one image: the software pipeline draws one image per frame much faster than hundreds of stroked
 * canvas lines.
 */
public final class LineRaster {
    private LineRaster() {
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

    /**
     * Source-over of rgb at opacity alpha (0…1) onto an opaque pixel: c = d + (s − d)·α per channel, with
     * α in steps of 1/256 (integer arithmetic: this runs for every pixel of every link, every frame).
     */
    public static int blend(int dst, int rgb, double alpha) {
        int a = (int) (alpha * 256 + 0.5);
        return 0xFF000000 | channel(dst, rgb, a, 16) | channel(dst, rgb, a, 8) | channel(dst, rgb, a, 0);
    }

    private static int channel(int dst, int rgb, int a, int shift) {
        int d = (dst >> shift) & 0xFF;
        int s = (rgb >> shift) & 0xFF;
        return ((d * 256 + (s - d) * a + 128) >> 8) << shift; // rounded to the nearest level
    }
}
