package neurallab.ui;

import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Stage;
import neurallab.ui.text.Texts;
import neurallab.ui.viewmodel.Appearance;
import neurallab.ui.viewmodel.Language;
import neurallab.ui.viewmodel.PlaygroundViewModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The menu's choice of language, and what follows it: the window is built again in the new language on the
 * same view-model and appearance (the trainer keeps running, the experiment and its history stay), and its
 * scene takes the old one's place in the same stage, at the same size.
 */
final class LanguageSwitch {
    private LanguageSwitch() {
    }

    /** "Language": English / 한국어, each named in its own language. */
    static Menu menu(Language language) {
        Menu menu = new Menu(Texts.get("menu.language"), new FontIcon("mdi-translate"));
        menu.setId("languageMenu");
        ToggleGroup group = new ToggleGroup();
        for (Locale l : Texts.LANGUAGES) {
            RadioMenuItem item = new RadioMenuItem(Texts.in(l, "language.self"));
            item.setId("language-" + l.getLanguage());
            item.setToggleGroup(group);
            item.setSelected(l.equals(language.locale().get()));
            item.setOnAction(e -> language.choose(l));
            menu.getItems().add(item);
        }
        return menu;
    }

    /**
     * Rebuilds the window shown in stage when the language changes (once: the new window follows on). A
     * lesson in progress is left first, so the user's own experiment is what the new window shows.
     */
    static void follow(PlaygroundWindow window, Stage stage, PlaygroundViewModel vm, Appearance appearance) {
        appearance.language().locale().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Locale> o, Locale before, Locale now) {
                o.removeListener(this);
                // after the menu that chose the language has closed: a JavaFX menu that closes once its scene has
                // left the stage leaves a listener on the stage, and that listener would keep the old window reachable
                Platform.runLater(() -> rebuild(window, stage, vm, appearance));
            }
        });
    }

    private static void rebuild(PlaygroundWindow window, Stage stage, PlaygroundViewModel vm, Appearance appearance) {
        // the lesson's text is in the old language: leave it (the user's own experiment comes back
        // whole) rather than carry a half-translated lesson into the new window
        window.lessons().leave();
        boolean insightsShown = window.insights().isShowing();
        window.close();
        if (insightsShown) {
            window.insights().stage().hide();
        }
        vm.textsChanged();
        PlaygroundWindow next = new PlaygroundWindow(vm, appearance);
        Scene old = stage.getScene();
        stage.setScene(next.createScene(old.getWidth(), old.getHeight()));
        next.attach(stage);
        next.start();
        if (insightsShown) {
            next.showInsights();
        }
    }
}
