# awk -v painted=MS -f select-classes.awk LOG LOG ALL (update-classlist.sh): the lines of ALL (the VM's
# class list, in load order) the start waits for.
# LOG is the class-load log (decorations uptimemillis,tid). The list is cut at the first class from a module
# loaded after the first painted frame (the VM's clock starts a little after the process's, so this errs
# towards keeping a few classes more). Left out before that, with their lambdas: the classes first loaded by
# the trainer thread (the one that loads neurallab.engine.Network) and the render thread (the one that loads
# com.sun.prism.GraphicsPipeline). Both work alongside the FX thread, which is what the first frame waits
# for: the trainer's first snapshot is ready long before, the render thread starts the graphics pipeline
# while the window is built (its painting of frame 1 then loads ~170 classes itself; no slower measured).
# The @lambda-form-invoker lines come at the end, written as the VM exits: they are all kept.
FNR == 1 { file++ }
file < 3 {  # LOG twice: the threads first, then each class's first load
    ms = $1; sub(/\].*/, "", ms); gsub(/[^0-9]/, "", ms)
    tid = $1; sub(/.*\]\[/, "", tid); sub(/\]/, "", tid)
    name = $2; gsub(/\./, "/", name)
    if (file == 1) {
        if (name == "neurallab/engine/Network") trainer = tid
        if (name == "com/sun/prism/GraphicsPipeline") renderer = tid
        if (late == "" && ms + 0 > painted && $4 ~ /^jrt:/) late = name
        next
    }
    if (!(name in aside)) aside[name] = tid == trainer || tid == renderer
    next
}
$1 == late { cut = 1 }
/^@lambda-form-invoker/ { print; next }
cut { next }
/^@lambda-proxy/ { if (!aside[$2]) print; next }
/^[#@]/ || !aside[$1] { print }
