package neurallab.engine;

/** Kernel initializers of docs/engine.md. */
public enum InitializerType implements StableName {
    ZEROS("zeros"), UNIFORM("uniform"), NORMAL("normal"),
    XAVIER_UNIFORM("xavier-uniform"), XAVIER_NORMAL("xavier-normal"),
    HE_UNIFORM("he-uniform"), HE_NORMAL("he-normal"), LECUN_NORMAL("lecun-normal");

    private final String id;

    InitializerType(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
