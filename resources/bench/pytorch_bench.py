#!/usr/bin/python3
"""PyTorch's speed on NeuralLab's bench shapes: one thread, float64, the same layers, batch and optimizer.

    /usr/bin/python3 resources/bench/pytorch_bench.py [shape ...]

Prints one JSON line per shape with epochs per second of wall-clock time and of this thread's CPU time
(the fairer figure on a shared machine). Training only: per epoch a new permutation, then per mini-batch
gather, forward, loss, backward and the optimizer's step, as `neurallab bench` times it. Random data of
the same row and column counts stands in for the real data: the work does not depend on the values.
"""
import json
import statistics
import sys
import time

import torch

torch.set_num_threads(1)
torch.set_default_dtype(torch.float64)

# name: (inputs, hidden units, hidden activation, outputs, training rows, batch, optimizer, learning rate)
SHAPES = {
    "playground-default": (2, [4, 2], "tanh", 1, 250, 10, "sgd", 0.03),
    "playground-largest": (7, [8] * 6, "tanh", 1, 250, 10, "sgd", 0.03),
    "digits-64-128-10": (64, [128], "relu", 10, 1438, 32, "adam", 0.001),
    "digits-64-256-256-10": (64, [256, 256], "relu", 10, 1438, 32, "adam", 0.001),
    "random-784-256-10": (784, [256], "relu", 10, 1024, 32, "adam", 0.001),
}
WARM_UP_SECONDS = 2.0
RUN_SECONDS = 0.4
RUNS = 7


def build(inputs, hidden, activation, outputs):
    layers, fan_in = [], inputs
    for units in hidden:
        layers += [torch.nn.Linear(fan_in, units), torch.nn.Tanh() if activation == "tanh" else torch.nn.ReLU()]
        fan_in = units
    layers.append(torch.nn.Linear(fan_in, outputs))
    return torch.nn.Sequential(*layers)


def bench(name):
    inputs, hidden, activation, outputs, rows, batch, optimizer, lr = SHAPES[name]
    torch.manual_seed(1)
    x = torch.randn(rows, inputs)
    if outputs == 1:
        # sigmoid output + binary cross-entropy, as the Playground's bench files
        y = torch.randint(0, 2, (rows, 1)).double()
        loss_fn = torch.nn.BCEWithLogitsLoss()
    else:
        # softmax output + cross-entropy
        y = torch.randint(0, outputs, (rows,))
        loss_fn = torch.nn.CrossEntropyLoss()
    model = build(inputs, hidden, activation, outputs)
    opt = (torch.optim.Adam if optimizer == "adam" else torch.optim.SGD)(model.parameters(), lr=lr)

    def epoch():
        order = torch.randperm(rows)
        for start in range(0, rows, batch):
            idx = order[start:start + batch]
            opt.zero_grad()
            loss_fn(model(x[idx]), y[idx]).backward()
            opt.step()

    epochs, start = 0, time.perf_counter()
    while time.perf_counter() - start < WARM_UP_SECONDS:
        epoch()
        epochs += 1
    per_run = max(1, int(epochs / (time.perf_counter() - start) * RUN_SECONDS))
    wall, cpu = [], []
    for _ in range(RUNS):
        w0, c0 = time.perf_counter(), time.thread_time()
        for _ in range(per_run):
            epoch()
        wall.append(per_run / (time.perf_counter() - w0))
        cpu.append(per_run / (time.thread_time() - c0))
    return {"experiment": name, "torch": torch.__version__, "trainingSamples": rows,
            "epochsPerSecond": round(statistics.median(wall), 1),
            "epochsPerCpuSecond": round(statistics.median(cpu), 1), "epochsPerRun": per_run, "runs": RUNS}


if __name__ == "__main__":
    for shape in sys.argv[1:] or SHAPES:
        if shape not in SHAPES:
            sys.exit("unknown shape " + shape + "; one of " + ", ".join(SHAPES))
        print(json.dumps(bench(shape)), flush=True)
