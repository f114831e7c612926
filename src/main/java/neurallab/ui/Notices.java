package neurallab.ui;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import neurallab.ui.text.Texts;
import neurallab.ui.view.LazyTooltip;
import neurallab.ui.view.Subscriptions;
import neurallab.ui.viewmodel.PlaygroundViewModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What the window tells the user besides the panels: the divergence banner under the toolbar (with its two
 * ways out) and the notice that floats over the status bar and goes away by itself.
 */
final class Notices {
    private final PlaygroundViewModel vm;
    private final Subscriptions subscriptions;

    Notices(PlaygroundViewModel vm, Subscriptions subscriptions) {
        this.vm = vm;
        this.subscriptions = subscriptions;
    }

    /** The banner: shown while the view-model has one (a divergence, a failed start). */
    Region banner() {
        Label text = new Label();
        subscriptions.bind(text.textProperty(), vm.banner());
        text.setWrapText(true);
        text.setId("bannerText");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button lower = new Button(Texts.get("banner.lowerRate"), new FontIcon("mdi-arrow-down-bold"));
        lower.setId("lowerRateButton");
        lower.setOnAction(e -> vm.lowerLearningRate());
        subscriptions.bind(lower.visibleProperty(), vm.diverged());
        Button reset = new Button(Texts.get("banner.reset"), new FontIcon("mdi-replay"));
        reset.setId("bannerResetButton");
        reset.setOnAction(e -> vm.reset());
        // the message wraps; the two actions always show their whole label
        lower.setMinWidth(Region.USE_PREF_SIZE);
        reset.setMinWidth(Region.USE_PREF_SIZE);
        text.setMinWidth(0);
        HBox box = new HBox(10, new FontIcon("mdi-alert"), text, lower, reset);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("banner");
        box.setId("banner");
        subscriptions.bind(box.visibleProperty(), vm.banner().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /**
     * Floats the notice over the bottom left of root, clear of the shortcut hint on the right. Floating
     * instead of taking a row above the panels, it repaints only itself when it comes and goes, where a
     * row would move every panel (a whole-window repaint in software, every time a notice times out).
     */
    void floatOver(StackPane root, Region shortcutHint) {
        Region notice = notice(root);
        notice.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(notice, Pos.BOTTOM_LEFT);
        notice.maxWidthProperty().bind(root.widthProperty().subtract(shortcutHint.widthProperty()).subtract(36));
        StackPane.setMargin(notice, new Insets(0, 0, 3, 6));
    }

    private Region notice(StackPane root) {
        Label text = new Label();
        subscriptions.bind(text.textProperty(), vm.notice());
        text.setId("noticeText");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button(null, new FontIcon("mdi-close"));
        close.setOnAction(e -> vm.dismissNotice());
        close.setId("noticeClose");
        LazyTooltip.install(close, Texts.get("notice.dismiss"));
        HBox box = new HBox(8, new FontIcon("mdi-information-outline"), text, close);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("notice");
        // a notice says what just happened; it goes away by itself after a while
        PauseTransition fade = new PauseTransition(Duration.seconds(8));
        fade.setOnFinished(e -> vm.dismissNotice());
        // The notice joins and leaves the scene rather than turning invisible: the first invisible node
        // sends the FX thread's compiled bounds code, which has only met visible nodes, back to the
        // interpreter, a stall in the middle of training.
        subscriptions.listen(vm.notice(), (o, a, t) -> {
            if (t != null && !t.isEmpty()) {
                fade.playFromStart();
            }
            show(root, box);
        });
        show(root, box);
        return box;
    }

    private void show(StackPane root, Region box) {
        String text = vm.notice().get();
        boolean shown = text != null && !text.isEmpty();
        if (shown && !root.getChildren().contains(box)) {
            root.getChildren().add(box);
        } else if (!shown) {
            root.getChildren().remove(box);
        }
    }
}
