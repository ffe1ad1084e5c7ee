package uk.foi.records.redaction;

/**
 * A rectangle on a page, in the page's own coordinates (PDF user space: points, 1/72 inch, from the lower left of the
 * page's media box, y upwards), as the page's content is drawn in.
 *
 * @param x      the left edge
 * @param y      the bottom edge
 * @param width  how wide, more than 0
 * @param height how tall, more than 0
 */
public record Area(double x, double y, double width, double height) {

    /** @throws IllegalArgumentException if the rectangle has no size or is not a number */
    public Area {
        if (!(width > 0) || !(height > 0) || !Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width)
                || !Double.isFinite(height)) {
            throw new IllegalArgumentException("an area needs a finite position and a size above zero, not " + x + ","
                    + y + " " + width + "x" + height);
        }
    }

    /** @return the right edge */
    public double right() {
        return x + width;
    }

    /** @return the top edge */
    public double top() {
        return y + height;
    }

    /** @param other another area @return the smallest area holding both */
    public Area union(Area other) {
        double left = Math.min(x, other.x);
        double bottom = Math.min(y, other.y);
        return new Area(left, bottom, Math.max(right(), other.right()) - left, Math.max(top(), other.top()) - bottom);
    }

    /** @param margin points to add on every side @return this area, larger */
    public Area grow(double margin) {
        return new Area(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.1f,%.1f %.1fx%.1f", x, y, width, height);
    }
}
