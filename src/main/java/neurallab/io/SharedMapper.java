package neurallab.io;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One plain ObjectMapper for the small files NeuralLab keeps for itself (preferences, autosave), created when a
 * file is first written or read with it: its ~300 classes then load on the writer thread, not while the window
 * starts (the preferences are read with the streaming parser instead, {@link PreferencesFile}).
 */
final class SharedMapper {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private SharedMapper() {
    }
}
