package neurallab.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** The window tests' waits on the FX thread, each bounded so that a hang fails the test instead of stalling it. */
final class FxWaits {
    private static final long FX_SECONDS = 30;
    private static final long WAIT_SECONDS = 20;

    private FxWaits() {
    }

    /** Runs c on the FX thread and returns its result; a TimeoutException after 30 s. */
    static <T> T fx(Callable<T> c) throws ExecutionException, TimeoutException, InterruptedException {
        return WaitForAsyncUtils.asyncFx(c).get(FX_SECONDS, TimeUnit.SECONDS);
    }

    /** Waits up to 20 s for condition, failing with "timed out waiting for " + what. */
    static void waitFor(String what, BooleanSupplier condition) {
        waitFor(what, WAIT_SECONDS, condition);
    }

    static void waitFor(String what, long seconds, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
    }
}
