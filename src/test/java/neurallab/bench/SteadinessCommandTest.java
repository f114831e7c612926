package neurallab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import neurallab.cli.CliRunner;
import neurallab.cli.ExitCodes;
import neurallab.io.ExperimentJson;
import org.junit.jupiter.api.Test;

/** {@code neurallab steadiness}: the machine's own floor under frame times. */
class SteadinessCommandTest {
    @Test
    void summarisesUnitTimesWorkedByHand() {
        // 4, 4, 5, 6 and 40 ms: median 5, p99 the 40 ms unit (nearest rank of 0.99 · 4 = 3.96 → 4), one over a frame
        MachineSteadiness m = MachineSteadiness.of(new long[] {6_000_000, 4_000_000, 40_000_000, 5_000_000, 4_000_000});
        assertEquals(5, m.units());
        assertEquals(5.0, m.millisP50());
        assertEquals(40.0, m.millisP99());
        assertEquals(40.0, m.millisMax());
        assertEquals(1, m.unitsOverAFrame());
    }

    @Test
    void aUnitOfExactlyOneFrameIsNotOver() {
        assertEquals(0, MachineSteadiness.of(new long[] {MachineSteadiness.FRAME_NANOS}).unitsOverAFrame());
        assertEquals(1, MachineSteadiness.of(new long[] {MachineSteadiness.FRAME_NANOS + 1}).unitsOverAFrame());
    }

    @Test
    void printsOneJsonObject() throws Exception {
        CliRunner result = CliRunner.run("steadiness", "0.2");

        assertEquals(0, result.exitCode(), result.err());
        JsonNode report = ExperimentJson.parse(result.out());
        assertEquals(12, report.get("units").intValue(), "0.2 s of 60 Hz frames");
        assertTrue(report.get("unitMillisP50").doubleValue() > 0, result.out());
        assertTrue(report.get("unitMillisMax").doubleValue() >= report.get("unitMillisP99").doubleValue());
    }

    @Test
    void refusesANonPositiveDuration() {
        CliRunner result = CliRunner.run("steadiness", "0");

        assertEquals(ExitCodes.INVALID_INPUT, result.exitCode());
        assertTrue(result.err().contains("SECONDS: must be a number in (0, 3600], got 0.0"), result.err());
    }
}
