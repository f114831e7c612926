/**
 * The playground's views: toolbar, data panel, network, output, figures and charts. Each takes its
 * view-model in the constructor, binds to it, and repaints from the snapshot it is handed once per frame;
 * none calls the engine's behaviour (its value types and enums are shared vocabulary). See
 * docs/architecture.md.
 */
package neurallab.ui.view;
