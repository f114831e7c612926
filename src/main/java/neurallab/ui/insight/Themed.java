package neurallab.ui.insight;

/** An insight view that draws with the window's {@link Look} and redraws when it changes (theme, zoom). */
interface Themed {
    void setLook(Look look);
}
