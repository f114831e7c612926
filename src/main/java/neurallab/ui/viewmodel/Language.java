package neurallab.ui.viewmodel;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import neurallab.ui.text.Texts;

/**
 * The language the window speaks, English or Korean ({@link Texts#LANGUAGES}): the system's at first,
 * then the one chosen in the menu. Choosing one switches {@link Texts} at once; the window listens to
 * {@link #locale()} to rebuild itself, and the preferences listen to it to remember the choice.
 */
public final class Language {
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(Texts.language());

    public Language() {
        locale.addListener((o, a, l) -> Texts.use(l));
    }

    public ReadOnlyObjectProperty<Locale> locale() {
        return locale;
    }

    /** Speaks this language from now on (the closest of English and Korean). */
    public void choose(Locale wanted) {
        locale.set(Texts.fromSystem(wanted));
    }
}
