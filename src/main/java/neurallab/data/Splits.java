package neurallab.data;

/** The train, validation and test splits of one dataset (validation may be empty, never null). */
public record Splits(Dataset train, Dataset validation, Dataset test) {
}
