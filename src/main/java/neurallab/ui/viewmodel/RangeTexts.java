package neurallab.ui.viewmodel;

import neurallab.session.Range;
import neurallab.ui.text.Phrase;
import neurallab.ui.text.Texts;

/**
 * The window's words for a {@link Range} of the limits table, in the chosen language: the setting's name
 * and what it accepts, built from the range's own bounds (the session's English {@link Range#describe()}
 * stays for files and the command line).
 */
public final class RangeTexts {
    private RangeTexts() {
    }

    /** The setting's name ("learning rate", "학습률"); its key is the range's place in a file. */
    public static String name(Range r) {
        return Texts.get(key(r));
    }

    /** The setting's name for a label kept for later (an undo step's), rendered when shown. */
    static Phrase namePhrase(Range r) {
        return Phrase.of(key(r));
    }

    static String key(Range r) {
        return "range.name." + r.path().replace("[]", "");
    }

    /** What the setting accepts: "an integer from 1 to 4096", "a number in [0, 1)", "a finite number > 0". */
    public static String describe(Range r) {
        boolean hasLower = r.lower() != Double.NEGATIVE_INFINITY;
        boolean hasUpper = r.upper() != Double.POSITIVE_INFINITY;
        String kind = r.integral() ? "integer" : "number";
        String lower = Range.format(r.lower());
        if (hasLower && hasUpper) {
            if (r.integral()) {
                return Texts.get("range.integer.between", lower, Range.format(r.upper()));
            }
            return Texts.get("range.number.in", (r.lowerInclusive() ? "[" : "(") + lower + ", "
                    + Range.format(r.upper()) + (r.upperInclusive() ? "]" : ")"));
        }
        if (!hasLower) {
            return Texts.get("range." + kind + ".any");
        }
        return Texts.get("range." + kind + (r.lowerInclusive() ? ".atLeast" : ".above"), lower);
    }

    /** The refusal shown beside a field: "learning rate must be a finite number > 0". */
    public static String mustBe(Range r) {
        return Texts.get("range.mustBe", name(r), describe(r));
    }
}
