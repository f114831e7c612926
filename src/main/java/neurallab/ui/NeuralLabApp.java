package neurallab.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The NeuralLab window. */
public final class NeuralLabApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(NeuralLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("NeuralLab");
        stage.setScene(new Scene(new StackPane(new Label("NeuralLab")), 1280, 800));
        stage.show();
    }
}
