package neurallab.ui.insight;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import neurallab.session.insight.BackpropWalkthrough;

/** The walkthrough's steps as a list, one formula with its numbers per line, phases as headings. */
public final class WalkthroughView extends BorderPane {
    private final ListView<BackpropWalkthrough.Step> list = new ListView<>();

    public WalkthroughView(BackpropWalkthrough model) {
        Label title = new Label("Backpropagation, step by step");
        title.setFont(InsightPane.TITLE);
        setTop(title);
        list.setId("walkthrough-steps");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(BackpropWalkthrough.Step step, boolean empty) {
                super.updateItem(step, empty);
                setFont(InsightPane.TEXT);
                setText(empty || step == null ? null : heading(step.phase()) + step.text());
            }
        });
        setCenter(list);
        setPadding(new Insets(10));
        setPrefSize(900, 520);
        show(model);
    }

    /** Shows another walkthrough (another sample or after a step). */
    public void show(BackpropWalkthrough model) {
        list.getItems().setAll(model.steps());
    }

    private static String heading(BackpropWalkthrough.Phase phase) {
        return switch (phase) {
            case FORWARD_Z, FORWARD_A -> "forward   ";
            case LOSS -> "loss      ";
            case DELTA -> "backward  ";
            case GRADIENT_W, GRADIENT_B -> "gradient  ";
            case UPDATE_W, UPDATE_B -> "update    ";
        };
    }
}
