package neurallab.ui.text;

import java.util.Arrays;

/**
 * A text kept for later and rendered in the language in force when it is shown, not when it was made (an
 * undo step's name follows a language switch). Arguments that are phrases are rendered with it; the others
 * (numbers, ids such as {@code adam}) are shown as they are.
 */
@FunctionalInterface
public interface Phrase {
    String text();

    /** The text of this key in the language of the moment, with {0}, {1}, … replaced by the arguments. */
    static Phrase of(String key, Object... args) {
        return () -> Texts.get(key, Arrays.stream(args).map(a -> a instanceof Phrase p ? p.text() : a).toArray());
    }
}
