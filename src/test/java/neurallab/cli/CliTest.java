package neurallab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The top-level command: help, version, unknown commands. */
class CliTest {
    @Test
    void helpListsTheCommands() {
        CliRunner result = CliRunner.run("--help");

        assertEquals(0, result.exitCode());
        assertTrue(result.out().contains("train"), result.out());
        assertTrue(result.out().contains("bench"), result.out());
    }

    @Test
    void versionIsPrinted() {
        CliRunner result = CliRunner.run("--version");

        assertEquals(0, result.exitCode());
        assertTrue(result.out().startsWith("NeuralLab "), result.out());
    }

    @Test
    void unknownCommandExitsTwo() {
        CliRunner result = CliRunner.run("fly");

        assertEquals(2, result.exitCode());
        assertEquals(1, result.errLines().length, result.err());
    }
}
