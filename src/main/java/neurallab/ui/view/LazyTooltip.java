package neurallab.ui.view;

import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips built when the pointer first enters their node. Each Tooltip is a popup window; the
 * window has ~30 of them, and building them all before it was shown slowed the start. The tooltip still appears on the first hover: it is installed on entry, and
 * its delay starts at the next mouse move.
 */
public final class LazyTooltip {
    /** Help texts wrap at this width instead of running across the screen. */
    private static final double HELP_WIDTH = 420;

    private LazyTooltip() {
    }

    /** A one-line tooltip. */
    public static void install(Node node, String text) {
        whenFirstEntered(node, () -> new Tooltip(text));
    }

    /** A wrapped help text. */
    public static void installHelp(Node node, String text) {
        whenFirstEntered(node, () -> help(text));
    }

    /** A wrapped help text that follows {@code text} (e.g. an error message while the input is bad). */
    public static void installHelp(Node node, ObservableValue<String> text) {
        whenFirstEntered(node, () -> {
            Tooltip tip = help("");
            tip.textProperty().bind(text);
            return tip;
        });
    }

    private static Tooltip help(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(HELP_WIDTH);
        return tip;
    }

    private static void whenFirstEntered(Node node, Supplier<Tooltip> build) {
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip tip = build.get();
                if (node instanceof Control control) {
                    control.setTooltip(tip); // a control's tooltip property, as setTooltip would have set it
                } else {
                    Tooltip.install(node, tip);
                }
            }
        });
    }
}
