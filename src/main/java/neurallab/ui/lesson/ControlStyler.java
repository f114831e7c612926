package neurallab.ui.lesson;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import neurallab.session.lesson.Control;
import neurallab.session.lesson.StepControls;
import neurallab.ui.text.Texts;

/**
 * Shows a step's controls on the window's nodes ({@link ControlMap}): highlighted ones get the
 * "lesson-highlight" style, locked ones are disabled (their caption says why in a tooltip), hidden ones leave
 * the layout.
 * A control with a caption above it (a "labelled" box) is styled or hidden with its caption. Views rebuild
 * some nodes (a layer's header) and set others' state (a field disabled for bundled data), so
 * {@link #apply} can run again at any time: it takes up new nodes and enforces the step on known ones.
 * {@link #clear} gives every node back the state it had before the step.
 */
final class ControlStyler {
    static final String HIGHLIGHT = "lesson-highlight";
    static final String LOCKED = "lesson-locked";

    /** A node the step touched and what it was before. */
    private record Touched(Node node, Node target, Control control, boolean visible, boolean managed, boolean disabled,
                           Tooltip tooltip) {
    }

    private final Parent root;
    private final Map<Node, Touched> touched = new IdentityHashMap<>();
    private StepControls controls = StepControls.NONE;

    ControlStyler(Parent root) {
        this.root = root;
    }

    /** Shows {@code step} (NONE: nothing) on every mapped node now in the window. */
    void apply(StepControls step) {
        controls = step;
        walk(root, node -> ControlMap.of(node.getId()).ifPresent(c -> enforce(touch(node, c))));
    }

    /** Takes up nodes the views built since the last call. */
    void refresh() {
        apply(controls);
    }

    /** Every touched node back as it was; the step's controls are forgotten. */
    void clear() {
        for (Touched t : touched.values()) {
            t.target().getStyleClass().removeAll(HIGHLIGHT, LOCKED);
            show(t.target(), t.visible(), t.managed());
            if (!t.node().disableProperty().isBound()) {
                t.node().setDisable(t.disabled());
            }
            if (t.tooltip() != null) {
                Tooltip.uninstall(t.target(), t.tooltip());
            }
        }
        touched.clear();
        controls = StepControls.NONE;
    }

    private Touched touch(Node node, Control control) {
        return touched.computeIfAbsent(node, n -> {
            Node target = target(n);
            boolean locked = controls.lock().contains(control);
            // a control keeps its own tooltip (a disabled one shows none anyway); a box around it gets ours
            Tooltip tip = locked && target instanceof Pane ? new Tooltip(Texts.get("lesson.locked.tooltip")) : null;
            if (tip != null) {
                Tooltip.install(target, tip);
            }
            return new Touched(n, target, control, target.isVisible(), target.isManaged(), n.isDisable(), tip);
        });
    }

    private void enforce(Touched t) {
        Control c = t.control();
        if (controls.hide().contains(c)) {
            show(t.target(), false, false);
        }
        if (controls.lock().contains(c) && !t.node().disableProperty().isBound()) {
            t.node().setDisable(true);
            addOnce(t.target(), LOCKED);
        }
        if (controls.highlight().contains(c)) {
            addOnce(t.target(), HIGHLIGHT);
        }
    }

    /** Sets what a view has not bound to something of its own (a spinner shown only while painting). */
    private static void show(Node node, boolean visible, boolean managed) {
        if (!node.visibleProperty().isBound()) {
            node.setVisible(visible);
        }
        if (!node.managedProperty().isBound()) {
            node.setManaged(managed);
        }
    }

    private static void addOnce(Node node, String styleClass) {
        if (!node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        }
    }

    /** The node with its caption when it has one (the "labelled" box around a choice). */
    private static Node target(Node node) {
        Parent parent = node.getParent();
        return parent != null && parent.getStyleClass().contains("labelled") ? parent : node;
    }

    /** Every node under {@code node}, including scroll pane contents and split pane items not yet skinned. */
    static void walk(Node node, Consumer<Node> visit) {
        visit.accept(node);
        List<Node> children = new ArrayList<>();
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            children.add(scroll.getContent());
        } else if (node instanceof SplitPane split) {
            children.addAll(split.getItems());
        } else if (node instanceof Parent parent) {
            children.addAll(parent.getChildrenUnmodifiable());
        }
        for (Node child : children) {
            walk(child, visit);
        }
    }
}
