/** NeuralLab: the engine, data, session, io and cli packages import nothing from JavaFX. */
module neurallab {
    requires javafx.controls;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.materialdesign;
    requires ejml.core;
    requires ejml.ddense;
    requires com.fasterxml.jackson.databind;
    requires info.picocli;

    opens neurallab.cli to info.picocli;
    opens neurallab.bench to info.picocli;
    exports neurallab.ui to javafx.graphics;
}
