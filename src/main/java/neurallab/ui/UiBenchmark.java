package neurallab.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import neurallab.session.live.Speed;
import neurallab.ui.viewmodel.PlaygroundViewModel;

/**
 * {@code --benchmark-ui SECONDS EXPERIMENT.json}: opens the experiment, plays as fast as possible, and
 * after a 2 s warm-up measures SECONDS of frames; prints one JSON object and exits.
 */
final class UiBenchmark {
    private UiBenchmark() {
    }

    static void run(List<String> args, PlaygroundViewModel vm, PlaygroundWindow window, Stage stage) {
        if (args.size() < 2) {
            System.err.println("usage: --benchmark-ui SECONDS [EXPERIMENT.json]");
            Platform.exit();
            System.exit(2);
            return;
        }
        double seconds = Double.parseDouble(args.get(1));
        if (args.size() > 2 && !vm.open(Path.of(args.get(2)))) {
            System.err.println(vm.notice().get());
            Platform.exit();
            System.exit(2);
            return;
        }
        vm.speed().set(Speed.MAX);
        vm.play();
        PauseTransition warmup = new PauseTransition(Duration.seconds(2));
        long[] epochStart = new long[1];
        long[] t0 = new long[1];
        warmup.setOnFinished(e -> {
            t0[0] = System.nanoTime();
            epochStart[0] = vm.snapshot().get() == null ? 0 : vm.snapshot().get().epoch();
            window.stats().recordFrom(t0[0]);
            PauseTransition measure = new PauseTransition(Duration.seconds(seconds));
            measure.setOnFinished(f -> {
                double elapsed = (System.nanoTime() - t0[0]) / 1e9;
                int epochs = vm.snapshot().get().epoch() - (int) epochStart[0];
                var st = window.stats();
                System.out.println(String.format(Locale.ROOT,
                        "{\"fps\": %.1f, \"frameMillisP50\": %.2f, \"frameMillisP99\": %.2f, \"frameMillisMax\": %.2f, "
                                + "\"framesOver33Millis\": %d, \"epochsPerSecond\": %.0f, \"frames\": %d, \"seconds\": %.2f, "
                                + "\"secondsOfFramesOver33Millis\": %s}",
                        st.count() / elapsed, st.quantileMillis(0.5), st.quantileMillis(0.99), st.quantileMillis(1.0),
                        st.countOver(33), epochs / elapsed, st.count(), elapsed, secondsList(st.secondsOfGapsOver(33))));
                vm.close();
                Platform.exit();
                System.exit(0);
            });
            measure.play();
        });
        warmup.play();
    }

    private static String secondsList(double[] seconds) {
        StringBuilder b = new StringBuilder("[");
        for (double s : seconds) {
            b.append(b.length() > 1 ? ", " : "").append(String.format(Locale.ROOT, "%.2f", s));
        }
        return b.append(']').toString();
    }
}
