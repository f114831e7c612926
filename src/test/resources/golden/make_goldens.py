#!/usr/bin/env python3
"""Golden traces for NeuralLab's engine, computed by PyTorch in float64.

For every case in CASES this writes, next to this script,
  NAME.experiment.json  an experiment (docs/file-format.md, version 1) with inline data, explicit
                        weights for every layer, shuffle off and dropout 0: nothing random is left;
  NAME.trace.json       the trace the engine must produce for it (docs/file-format.md, "Trace").

Run with Debian's python, which has torch:  /usr/bin/python3 make_goldens.py
Add --hand to also print a few one-step cases small enough to check by hand.

Conventions this script pins down (see README.md; the engine must agree):
  * Trace row 0 is evaluated before any update and reports the initial learning rate. The pass over
    the training split that produces row k (k >= 1) is the schedule's epoch e = k - 1, so it uses
    lr(k - 1); row k reports that rate. The first pass therefore always trains with lr0.
  * Classification with mse/mae/huber: one output -> the 0/1 class is the target; K outputs ->
    one-hot targets.
  * Regression rows: trainAccuracy/testAccuracy are null. validationLoss is null without a
    validation split; validationAccuracy is written only for classification with a validation split.
  * Early stopping watches the validation loss. Epoch 0 is the first "best". After each pass k,
    val < best - minDelta is an improvement (best := val, bestEpoch := k, wait := 0), otherwise
    wait += 1; when wait reaches patience, training stops after row k (stoppedEarly true). With
    restoreBest the final weights are those of bestEpoch (batch-norm running statistics included).
    bestEpoch is null without early stopping.
  * Batch norm: a last mini-batch of exactly one sample is skipped (no forward, no step).
"""
import json
import math
import zlib
import os
import sys

import numpy as np
import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)
HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------------------------
# The cases. Each line says what it pins down; the helpers below fill in the rest.
# h(units, activation, bn=False) is a hidden layer; out(units, activation) the output layer.
# --------------------------------------------------------------------------------------------

def h(units, act, bn=False):
    return {"units": units, "activation": act, "batchNorm": bn}


def out(units, act):
    return {"units": units, "activation": act}


def opt(kind, lr, **overrides):
    """An optimizer with every setting at the spec's default, written out explicitly."""
    settings = dict(OPTIMIZER_DEFAULTS[kind])
    settings.update(overrides)
    return {"type": kind, "learningRate": lr, **settings}


OPTIMIZER_DEFAULTS = {
    "sgd": {},
    "momentum": {"momentum": 0.9},
    "nesterov": {"momentum": 0.9},
    "adagrad": {"epsilon": 1e-10},
    "adadelta": {"rho": 0.9, "epsilon": 1e-6},
    "rmsprop": {"rho": 0.99, "epsilon": 1e-8, "momentum": 0.0},
    "adam": {"beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8},
    "adamw": {"beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8, "weightDecay": 0.01},
    "adamax": {"beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8},
    "nadam": {"beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8, "momentumDecay": 0.004},
}

# A binary classifier shared by the optimizer cases: 2 -> 5 tanh -> 1 sigmoid, bce, 20 training
# points in batches of 6 (6, 6, 6, 2), 5 epochs.
BIN = dict(problem="classification", data=("line", 20, 10, 0), layers=[h(5, "tanh"), out(1, "sigmoid")],
           loss="bce", batch=6, epochs=5)
# A regressor shared by the activation cases: 2 -> 5 ACT -> 1 linear, mse, sgd, batches 7 of 20 (7, 7, 6).
REG = dict(problem="regression", data=("wave", 20, 10, 0), loss="mse", batch=7, epochs=4)


def reg_act(act):
    return dict(REG, layers=[h(5, act), out(1, "linear")], optimizer=opt("sgd", 0.1))


CASES = [
    # ---- each optimizer with its default settings (binary bce classifier) ----
    ("opt-sgd",              "sgd: w -= lr*g",                                   dict(BIN, optimizer=opt("sgd", 0.5))),
    ("opt-momentum",         "momentum 0.9, v1 = g",                             dict(BIN, optimizer=opt("momentum", 0.1))),
    ("opt-nesterov",         "nesterov 0.9: w -= lr*(g + mu*v)",                 dict(BIN, optimizer=opt("nesterov", 0.1))),
    ("opt-adagrad",          "adagrad eps 1e-10",                                dict(BIN, optimizer=opt("adagrad", 0.1))),
    ("opt-adadelta",         "adadelta rho 0.9 eps 1e-6, default lr 1.0",        dict(BIN, optimizer=opt("adadelta", 1.0))),
    ("opt-rmsprop",          "rmsprop rho 0.99 eps 1e-8, no momentum",           dict(BIN, optimizer=opt("rmsprop", 0.01))),
    ("opt-rmsprop-momentum", "rmsprop with momentum 0.5 (buffer of g/(sqrt s+eps))", dict(BIN, optimizer=opt("rmsprop", 0.01, momentum=0.5))),
    ("opt-adam",             "adam with bias correction",                        dict(BIN, optimizer=opt("adam", 0.05))),
    ("opt-adamw",            "adamw: decoupled decay 0.01 before the adam step", dict(BIN, optimizer=opt("adamw", 0.05))),
    ("opt-adamax",           "adamax: u = max(b2*u, |g|+eps), lr/(1-b1^t)",     dict(BIN, optimizer=opt("adamax", 0.05))),
    ("opt-nadam",            "nadam: mu_t schedule with momentumDecay 0.004",    dict(BIN, optimizer=opt("nadam", 0.05))),
    ("opt-adamw-l2",         "adamw decay (all params) together with an l2 penalty (kernels)",
     dict(BIN, optimizer=opt("adamw", 0.05, weightDecay=0.1), reg=(0.0, 0.01))),

    # ---- each learning-rate schedule, 8 epochs of sgd (row k reports lr(k-1)) ----
    ("sched-step",        "step: gamma 0.5 every 3 epochs",   dict(BIN, epochs=8, optimizer=opt("sgd", 0.8),
                                                                   schedule={"type": "step", "gamma": 0.5, "stepSize": 3})),
    ("sched-exponential", "exponential: gamma 0.7",           dict(BIN, epochs=8, optimizer=opt("sgd", 0.8),
                                                                   schedule={"type": "exponential", "gamma": 0.7})),
    ("sched-time",        "time: decay 0.5",                  dict(BIN, epochs=8, optimizer=opt("sgd", 0.8),
                                                                   schedule={"type": "time", "decay": 0.5})),
    ("sched-cosine",      "cosine: period 5 < epochs (clamped), floor 0.05",
     dict(BIN, epochs=8, optimizer=opt("sgd", 0.8),
          schedule={"type": "cosine", "period": 5, "minLearningRate": 0.05})),
    ("sched-cosine-adam", "cosine with adam: the lr changes while the moments carry on",
     dict(BIN, epochs=6, optimizer=opt("adam", 0.05),
          schedule={"type": "cosine", "period": 6, "minLearningRate": 0.0})),

    # ---- each loss ----
    ("loss-mse-regression",   "mse, regression, adam",   dict(REG, layers=[h(6, "relu"), out(1, "linear")], optimizer=opt("adam", 0.05))),
    ("loss-mae-regression",   "mae, regression, squared features",
     dict(REG, features=["x1", "x2", "x1^2", "x2^2"], loss="mae", layers=[h(6, "tanh"), out(1, "linear")], optimizer=opt("sgd", 0.1))),
    ("loss-huber-regression", "huber delta 1, targets x3 so both branches occur",
     dict(REG, data=("wave3", 20, 10, 0), loss="huber", layers=[h(6, "tanh"), out(1, "linear")], optimizer=opt("sgd", 0.1))),
    ("loss-mse-tanh-output",  "mse through a tanh output (regression)",
     dict(REG, layers=[h(4, "sigmoid"), out(1, "tanh")], optimizer=opt("sgd", 0.3))),
    ("loss-bce-batch-one",    "bce from logits, batch size 1 (plain SGD), 3 epochs",
     dict(BIN, batch=1, epochs=3, optimizer=opt("sgd", 0.1))),
    ("loss-cross-entropy-3class", "softmax + cross-entropy from logits, 3 classes",
     dict(problem="classification", data=("sectors", 21, 12, 0), layers=[h(6, "tanh"), out(3, "softmax")],
          loss="cross-entropy", batch=8, epochs=5, optimizer=opt("adam", 0.05))),
    ("loss-hinge-tanh",       "hinge, one tanh output, t = 2y - 1, accuracy y>0",
     dict(BIN, layers=[h(5, "relu"), out(1, "tanh")], loss="hinge", optimizer=opt("sgd", 0.2))),
    ("loss-hinge-linear",     "hinge, one linear output",
     dict(BIN, data=("xor", 20, 10, 0), features=["x1", "x2", "x1*x2"], layers=[h(5, "tanh"), out(1, "linear")],
          loss="hinge", optimizer=opt("sgd", 0.2))),
    ("loss-hinge-multiclass", "hinge with 3 linear outputs = torch MultiMarginLoss",
     dict(problem="classification", data=("sectors", 21, 12, 0), layers=[h(6, "relu"), out(3, "linear")],
          loss="hinge", batch=8, epochs=5, optimizer=opt("sgd", 0.2))),
    ("loss-mse-onehot-3class", "mse on a 3-output classifier: one-hot targets, argmax accuracy",
     dict(problem="classification", data=("sectors", 21, 12, 0), layers=[h(6, "tanh"), out(3, "sigmoid")],
          loss="mse", batch=8, epochs=5, optimizer=opt("sgd", 0.5))),
    ("loss-mse-binary-sigmoid", "mse on a 1-output sigmoid classifier: 0/1 target, accuracy y>0.5",
     dict(BIN, loss="mse", optimizer=opt("sgd", 1.0))),
    ("loss-mae-binary-linear", "mae on a 1-output linear classifier: accuracy y>0",
     dict(BIN, loss="mae", layers=[h(5, "tanh"), out(1, "linear")], optimizer=opt("sgd", 0.2))),

    # ---- each hidden activation (2 -> 5 ACT -> 1 linear, mse, sgd) ----
    ("act-linear",     "linear hidden",             reg_act("linear")),
    ("act-sigmoid",    "sigmoid hidden",            reg_act("sigmoid")),
    ("act-tanh",       "tanh hidden",               reg_act("tanh")),
    ("act-relu",       "relu hidden",               reg_act("relu")),
    ("act-leaky-relu", "leaky-relu slope 0.01",     reg_act("leaky-relu")),
    ("act-elu",        "elu alpha 1",               reg_act("elu")),
    ("act-softplus",   "softplus (beta 1)",         reg_act("softplus")),
    ("act-silu",       "silu x*sigmoid(x)",         reg_act("silu")),
    ("act-gelu",       "gelu, exact erf form",      reg_act("gelu")),

    # ---- input features ----
    ("features-all", "all seven 2-D features in order, regression",
     dict(REG, features=["x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)"],
          layers=[h(5, "tanh"), out(1, "linear")], optimizer=opt("sgd", 0.05))),

    # ---- batch norm ----
    ("bn-skip-single", "batch norm, 13 points in batches of 4: the last batch (1 sample) is skipped",
     dict(BIN, data=("line", 13, 10, 0), layers=[h(5, "relu", bn=True), out(1, "sigmoid")], batch=4,
          optimizer=opt("momentum", 0.05))),
    ("bn-two-layers", "two batch-norm layers, 3 classes, last batch of 2 kept, eval with running stats",
     dict(problem="classification", data=("sectors", 17, 12, 0), loss="cross-entropy", batch=5, epochs=5,
          layers=[h(5, "tanh", bn=True), h(4, "elu", bn=True), out(3, "softmax")], optimizer=opt("sgd", 0.2))),

    # ---- penalties (kernels only) ----
    ("reg-l2",    "l2 0.01 penalty, sgd",     dict(BIN, optimizer=opt("sgd", 0.5), reg=(0.0, 0.01))),
    ("reg-l1",    "l1 0.01 penalty, sgd",     dict(BIN, optimizer=opt("sgd", 0.5), reg=(0.01, 0.0))),
    ("reg-l1-l2-regression", "l1 + l2 with momentum, regression",
     dict(REG, layers=[h(6, "tanh"), out(1, "linear")], optimizer=opt("momentum", 0.05), reg=(0.005, 0.02))),

    # ---- depth and batch size ----
    ("deep-3-hidden", "three hidden layers, 3 classes, adam",
     dict(problem="classification", data=("sectors", 21, 12, 0), loss="cross-entropy", batch=8, epochs=5,
          layers=[h(6, "tanh"), h(5, "relu"), h(4, "elu"), out(3, "softmax")], optimizer=opt("adam", 0.03))),
    ("batch-full", "batchSize 100 >= 20 training points: full-batch descent",
     dict(BIN, batch=100, epochs=6, optimizer=opt("sgd", 1.0))),

    # ---- early stopping on validation loss ----
    ("early-stop-restore", "patience 2, restoreBest: best epoch 3, stops after epoch 5, final weights = epoch 3's",
     dict(problem="classification", data=("noisy", 12, 10, 10), seed=2026, layers=[h(12, "tanh"), out(1, "sigmoid")],
          loss="bce", batch=4, epochs=8, optimizer=opt("adam", 0.05),
          early={"patience": 2, "minDelta": 0.0, "restoreBest": True})),
    ("early-stop-keep-last", "patience 1, minDelta 0.03 (epoch 3 improves, but by less): stops after 3, "
                             "best 2, restoreBest false keeps epoch 3's weights",
     dict(problem="classification", data=("noisy", 12, 10, 10), seed=2026, layers=[h(8, "tanh"), out(1, "sigmoid")],
          loss="bce", batch=4, epochs=8, optimizer=opt("adam", 0.05),
          early={"patience": 1, "minDelta": 0.03, "restoreBest": False})),
    ("validation-regression", "a validation split without early stopping, regression",
     dict(REG, data=("wave", 20, 10, 8), layers=[h(5, "tanh"), out(1, "linear")], optimizer=opt("adam", 0.05))),
]

# --------------------------------------------------------------------------------------------
# Data: small 2-D sets, rounded to 3 decimals so the files read well. y is a class or a target.
# --------------------------------------------------------------------------------------------

def make_points(kind, n, rng):
    pts = []
    for _ in range(n):
        x1, x2 = (round(float(v), 3) for v in rng.uniform(-1.5, 1.5, size=2))
        if kind == "line":
            y = 1 if x1 + 0.6 * x2 + 0.3 * math.sin(3 * x2) > 0 else 0
            if rng.uniform() < 0.1:
                y = 1 - y
        elif kind == "noisy":
            y = 1 if x1 - 0.5 * x2 > 0 else 0
            if rng.uniform() < 0.25:
                y = 1 - y
        elif kind == "xor":
            y = 1 if x1 * x2 > 0 else 0
        elif kind == "sectors":
            y = int(((math.atan2(x2, x1) + math.pi) / (2 * math.pi / 3))) % 3
        elif kind in ("wave", "wave3"):
            y = math.sin(2 * x1) + 0.5 * x2 * x2 + float(rng.normal(0, 0.05))
            y = round(3 * y if kind == "wave3" else y, 3)
        else:
            raise ValueError(kind)
        pts.append([x1, x2, y])
    return pts


FEATURES = {
    "x1": lambda a, b: a, "x2": lambda a, b: b, "x1^2": lambda a, b: a * a, "x2^2": lambda a, b: b * b,
    "x1*x2": lambda a, b: a * b, "sin(x1)": lambda a, b: math.sin(a), "sin(x2)": lambda a, b: math.sin(b),
}


def featurize(points, features):
    x = torch.tensor([[FEATURES[f](p[0], p[1]) for f in features] for p in points])
    y = torch.tensor([float(p[2]) for p in points])
    return x, y

# --------------------------------------------------------------------------------------------
# The network in torch: Linear (weight = kernel transposed) -> BatchNorm1d -> activation.
# --------------------------------------------------------------------------------------------

ACTS = {
    "linear": lambda z: z, "sigmoid": torch.sigmoid, "tanh": torch.tanh, "relu": F.relu,
    "leaky-relu": lambda z: F.leaky_relu(z, 0.01), "elu": F.elu, "softplus": F.softplus,
    "silu": F.silu, "gelu": lambda z: F.gelu(z, approximate="none"), "softmax": lambda z: torch.softmax(z, dim=1),
}


def make_weights(layers, fan_in, rng):
    """Explicit starting weights: kernel ~ U(+-sqrt(6/(in+out))), bias ~ U(+-0.1), batch-norm
    parameters and running statistics away from their defaults so that loading them is tested."""
    weights = []
    for layer in layers:
        units = layer["units"]
        limit = math.sqrt(6.0 / (fan_in + units))
        w = {"kernel": [[round(float(v), 4) for v in rng.uniform(-limit, limit, size=units)] for _ in range(fan_in)],
             "bias": [round(float(v), 4) for v in rng.uniform(-0.1, 0.1, size=units)]}
        if layer.get("batchNorm"):
            w["gamma"] = [round(float(v), 4) for v in rng.uniform(0.8, 1.2, size=units)]
            w["beta"] = [round(float(v), 4) for v in rng.uniform(-0.1, 0.1, size=units)]
            w["runningMean"] = [round(float(v), 4) for v in rng.uniform(-0.2, 0.2, size=units)]
            w["runningVar"] = [round(float(v), 4) for v in rng.uniform(0.7, 1.3, size=units)]
        weights.append(w)
        fan_in = units
    return weights


class Net:
    def __init__(self, layers, weights):
        self.layers = []
        for spec, w in zip(layers, weights):
            kernel = torch.tensor(w["kernel"])
            lin = torch.nn.Linear(kernel.shape[0], kernel.shape[1])
            with torch.no_grad():
                lin.weight.copy_(kernel.T)
                lin.bias.copy_(torch.tensor(w["bias"]))
            bn = None
            if spec.get("batchNorm"):
                bn = torch.nn.BatchNorm1d(kernel.shape[1], eps=1e-5, momentum=0.1)
                with torch.no_grad():
                    bn.weight.copy_(torch.tensor(w["gamma"]))
                    bn.bias.copy_(torch.tensor(w["beta"]))
                    bn.running_mean.copy_(torch.tensor(w["runningMean"]))
                    bn.running_var.copy_(torch.tensor(w["runningVar"]))
            self.layers.append((lin, bn, spec["activation"]))

    def parameters(self):
        ps = []
        for lin, bn, _ in self.layers:
            ps += [lin.weight, lin.bias]
            if bn is not None:
                ps += [bn.weight, bn.bias]
        return ps

    def kernels(self):
        return [lin.weight for lin, _, _ in self.layers]

    def has_bn(self):
        return any(bn is not None for _, bn, _ in self.layers)

    def forward(self, x, training):
        """Returns (pre-activation of the output layer, output)."""
        z = x
        for lin, bn, act in self.layers:
            z = lin(z)
            if bn is not None:
                bn.train(training)
                z = bn(z)
            pre = z
            z = ACTS[act](z)
        return pre, z

    def snapshot(self):
        snap = []
        for lin, bn, _ in self.layers:
            w = {"kernel": lin.weight.detach().T.tolist(), "bias": lin.bias.detach().tolist()}
            if bn is not None:
                w["gamma"] = bn.weight.detach().tolist()
                w["beta"] = bn.bias.detach().tolist()
                w["runningMean"] = bn.running_mean.tolist()
                w["runningVar"] = bn.running_var.tolist()
            snap.append(w)
        return snap


class NAdam(torch.optim.Optimizer):
    """torch.optim.NAdam as PyTorch >= 2.0 computes it and as its documentation and docs/engine.md
    write it. Torch 1.13 (installed here) has a bug: mu_product_next = mu_product * mu * mu_next after
    mu_product already holds mu_t, i.e. 1 - Pi_t*mu_t*mu_t+1 in the momentum term's denominator."""

    def __init__(self, params, lr, betas, eps, momentum_decay):
        super().__init__(params, dict(lr=lr, betas=betas, eps=eps, momentum_decay=momentum_decay))

    @torch.no_grad()
    def step(self):
        for group in self.param_groups:
            lr, (beta1, beta2), eps, psi = group["lr"], group["betas"], group["eps"], group["momentum_decay"]
            for p in group["params"]:
                state = self.state[p]
                if not state:
                    state.update(step=0, mu_product=1.0, m=torch.zeros_like(p), v=torch.zeros_like(p))
                state["step"] += 1
                t = state["step"]
                bias_correction2 = 1 - beta2 ** t
                mu = beta1 * (1. - 0.5 * (0.96 ** (t * psi)))
                mu_next = beta1 * (1. - 0.5 * (0.96 ** ((t + 1) * psi)))
                state["mu_product"] *= mu
                m, v, g = state["m"], state["v"], p.grad
                m.mul_(beta1).add_(g, alpha=1 - beta1)
                v.mul_(beta2).addcmul_(g, g, value=1 - beta2)
                denom = v.div(bias_correction2).sqrt().add_(eps)
                p.addcdiv_(g, denom, value=-lr * (1. - mu) / (1. - state["mu_product"]))
                p.addcdiv_(m, denom, value=-lr * mu_next / (1. - state["mu_product"] * mu_next))


def make_optimizer(o, params):
    kind, lr = o["type"], o["learningRate"]
    if kind == "sgd":
        return torch.optim.SGD(params, lr=lr)
    if kind in ("momentum", "nesterov"):
        return torch.optim.SGD(params, lr=lr, momentum=o["momentum"], nesterov=kind == "nesterov")
    if kind == "adagrad":
        return torch.optim.Adagrad(params, lr=lr, eps=o["epsilon"])
    if kind == "adadelta":
        return torch.optim.Adadelta(params, lr=lr, rho=o["rho"], eps=o["epsilon"])
    if kind == "rmsprop":
        return torch.optim.RMSprop(params, lr=lr, alpha=o["rho"], eps=o["epsilon"], momentum=o["momentum"])
    betas = (o["beta1"], o["beta2"])
    if kind == "adam":
        return torch.optim.Adam(params, lr=lr, betas=betas, eps=o["epsilon"])
    if kind == "adamw":
        return torch.optim.AdamW(params, lr=lr, betas=betas, eps=o["epsilon"], weight_decay=o["weightDecay"])
    if kind == "adamax":
        return torch.optim.Adamax(params, lr=lr, betas=betas, eps=o["epsilon"])
    if kind == "nadam":
        return NAdam(params, lr=lr, betas=betas, eps=o["epsilon"], momentum_decay=o["momentumDecay"])
    raise ValueError(kind)


def schedule_lr(s, lr0, e):
    kind = s["type"]
    if kind == "constant":
        return lr0
    if kind == "step":
        return lr0 * s["gamma"] ** (e // s["stepSize"])
    if kind == "exponential":
        return lr0 * s["gamma"] ** e
    if kind == "time":
        return lr0 / (1 + s["decay"] * e)
    if kind == "cosine":
        lo, period = s["minLearningRate"], s["period"]
        return lo + 0.5 * (lr0 - lo) * (1 + math.cos(math.pi * min(e, period) / period))
    raise ValueError(kind)


def data_loss(loss, pre, yhat, y, classification):
    """Mean data loss of a batch (no penalty)."""
    k = yhat.shape[1]
    if loss == "bce":
        return F.binary_cross_entropy_with_logits(pre[:, 0], y)
    if loss == "cross-entropy":
        return F.cross_entropy(pre, y.long())
    if loss == "hinge":
        if k == 1:
            t = 2 * y - 1
            return torch.clamp(1 - t * yhat[:, 0], min=0).mean()
        return F.multi_margin_loss(yhat, y.long())
    # mse / mae / huber: a K-output classifier is fitted to one-hot targets
    target = F.one_hot(y.long(), k).to(yhat.dtype) if (classification and k > 1) else y.view(-1, 1)
    if loss == "mse":
        return F.mse_loss(yhat, target)
    if loss == "mae":
        return F.l1_loss(yhat, target)
    if loss == "huber":
        return F.huber_loss(yhat, target, delta=1.0)
    raise ValueError(loss)


class Margins:
    """The smallest distance to a discrete decision (accuracy threshold, argmax tie, early-stopping
    comparison): if one is tiny, rounding differences could flip it, and the case is fragile."""
    def __init__(self):
        self.accuracy = math.inf
        self.early = math.inf


def accuracy(yhat, y, out_act, margins):
    if yhat.shape[1] > 1:
        top2 = torch.topk(yhat, 2, dim=1).values
        margins.accuracy = min(margins.accuracy, float((top2[:, 0] - top2[:, 1]).min()))
        pred = yhat.argmax(dim=1)
    else:
        thr = 0.5 if out_act == "sigmoid" else 0.0
        margins.accuracy = min(margins.accuracy, float((yhat[:, 0] - thr).abs().min()))
        pred = (yhat[:, 0] > thr).long()
    return float((pred == y.long()).sum()) / len(y)


def run(case, perturb=0.0):
    """Trains one case; returns (experiment, trace, margins). perturb > 0 scales every starting
    weight by (1 + perturb * noise): used only to measure how strongly rounding is amplified."""
    name, c, weights = case["name"], case["spec"], case["weights"]
    classification = c["problem"] == "classification"
    splits = {k: featurize(v, c["features"]) for k, v in case["points"].items() if v}
    net = Net(c["layers"], weights)
    if perturb:
        g = torch.Generator().manual_seed(1)
        with torch.no_grad():
            for p in net.parameters():
                p.mul_(1 + perturb * (2 * torch.rand(p.shape, generator=g) - 1))
    o = c["optimizer"]
    optimizer = make_optimizer(o, net.parameters())
    l1, l2 = c.get("reg", (0.0, 0.0))
    out_act = c["layers"][-1]["activation"]
    margins = Margins()

    def evaluate(epoch, lr):
        row = {"epoch": epoch, "learningRate": lr}
        figures = {}
        with torch.no_grad():
            for split in ("train", "test", "validation"):
                if split not in splits:
                    continue
                x, y = splits[split]
                pre, yhat = net.forward(x, training=False)
                figures[split] = (float(data_loss(c["loss"], pre, yhat, y, classification)),
                                  accuracy(yhat, y, out_act, margins) if classification else None)
        row["trainLoss"] = figures["train"][0]
        row["testLoss"] = figures["test"][0]
        row["validationLoss"] = figures["validation"][0] if "validation" in figures else None
        row["trainAccuracy"] = figures["train"][1]
        row["testAccuracy"] = figures["test"][1]
        if classification and "validation" in figures:
            row["validationAccuracy"] = figures["validation"][1]
        return row

    lr0 = o["learningRate"]
    rows = [evaluate(0, lr0)]
    early = c.get("early")
    best, best_epoch, best_weights, wait, stopped = None, None, None, 0, False
    if early:
        best, best_epoch, best_weights = rows[0]["validationLoss"], 0, net.snapshot()
    x_train, y_train = splits["train"]
    n = len(y_train)
    for e in range(c["epochs"]):                      # schedule epoch e produces trace row e + 1
        lr = schedule_lr(c["schedule"], lr0, e)
        for group in optimizer.param_groups:
            group["lr"] = lr
        for start in range(0, n, c["batch"]):
            xb, yb = x_train[start:start + c["batch"]], y_train[start:start + c["batch"]]
            if net.has_bn() and len(yb) == 1:
                continue                              # batch norm: a single-sample batch is skipped
            optimizer.zero_grad()
            pre, yhat = net.forward(xb, training=True)
            loss = data_loss(c["loss"], pre, yhat, yb, classification)
            if l1:
                loss = loss + l1 * sum(w.abs().sum() for w in net.kernels())
            if l2:
                loss = loss + l2 * sum((w * w).sum() for w in net.kernels())
            loss.backward()
            optimizer.step()
        row = evaluate(e + 1, lr)
        rows.append(row)
        if early:
            val = row["validationLoss"]
            margins.early = min(margins.early, abs(val - (best - early["minDelta"])))
            if val < best - early["minDelta"]:
                best, best_epoch, best_weights, wait = val, e + 1, net.snapshot(), 0
            else:
                wait += 1
            if wait >= early["patience"]:
                stopped = True
                break
    final = best_weights if (stopped and early["restoreBest"]) else net.snapshot()
    trace = {"format": "neurallab-trace", "version": 1, "epochs": rows, "diverged": False,
             "stoppedEarly": stopped, "bestEpoch": best_epoch, "weights": final}
    return trace, margins


def experiment_json(case):
    c = case["spec"]
    data = {"source": "inline", "train": case["points"]["train"], "test": case["points"]["test"]}
    if case["points"]["validation"]:
        data["validation"] = case["points"]["validation"]
    layers = []
    for layer in c["layers"][:-1]:
        layers.append({"units": layer["units"], "activation": layer["activation"], "dropout": 0.0,
                       "batchNorm": bool(layer.get("batchNorm"))})
    layers.append(dict(c["layers"][-1]))
    l1, l2 = c.get("reg", (0.0, 0.0))
    return {
        "format": "neurallab-experiment", "version": 1, "seed": 7, "problem": c["problem"], "data": data,
        "features": c["features"], "layers": layers, "initializer": {"type": "xavier-uniform"},
        "weights": case["weights"],
        "training": {"loss": c["loss"], "optimizer": c["optimizer"], "batchSize": c["batch"],
                     "epochs": c["epochs"], "shuffle": False, "regularization": {"l1": l1, "l2": l2},
                     "schedule": c["schedule"], "earlyStopping": c.get("early")},
    }


def build(index, name, purpose, spec):
    spec = dict(spec)
    spec.setdefault("features", ["x1", "x2"])
    spec.setdefault("schedule", {"type": "constant"})
    # data and weights are drawn from the case name (or an explicit "seed"), so adding a case
    # leaves the others unchanged
    rng = np.random.default_rng(spec.pop("seed", zlib.crc32(name.encode())))
    kind, n_train, n_test, n_val = spec["data"]
    points = {"train": make_points(kind, n_train, rng), "test": make_points(kind, n_test, rng),
              "validation": make_points(kind, n_val, rng) if n_val else []}
    weights = make_weights(spec["layers"], len(spec["features"]), rng)
    return {"name": name, "purpose": purpose, "spec": spec, "points": points, "weights": weights}

# --------------------------------------------------------------------------------------------
# JSON: full precision (repr floats), lists of numbers on one line.
# --------------------------------------------------------------------------------------------

def dumps(v, indent=0):
    pad, inner = "  " * indent, "  " * (indent + 1)
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = [f"{inner}{json.dumps(k)}: {dumps(x, indent + 1)}" for k, x in v.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(v, list):
        if all(not isinstance(x, (dict, list)) for x in v):
            return "[" + ", ".join(dumps(x) for x in v) + "]"
        if all(isinstance(x, dict) and all(not isinstance(y, (dict, list)) for y in x.values()) for x in v):
            return "[\n" + ",\n".join(inner + flat(x) for x in v) + "\n" + pad + "]"   # trace rows
        if all(isinstance(x, list) and all(not isinstance(y, (dict, list)) for y in x) for x in v):
            return "[\n" + ",\n".join(inner + dumps(x) for x in v) + "\n" + pad + "]"
        return "[\n" + ",\n".join(inner + dumps(x, indent + 1) for x in v) + "\n" + pad + "]"
    if isinstance(v, float):
        if not math.isfinite(v):
            raise ValueError("non-finite number")
        return repr(v)
    return json.dumps(v)


def flat(row):
    return "{" + ", ".join(f"{json.dumps(k)}: {dumps(x)}" for k, x in row.items()) + "}"


def max_rel_diff(a, b):
    if isinstance(a, dict):
        return max((max_rel_diff(a[k], b[k]) for k in a), default=0.0)
    if isinstance(a, list):
        return max((max_rel_diff(x, y) for x, y in zip(a, b)), default=0.0)
    if isinstance(a, float) and isinstance(b, float):
        return abs(a - b) / (1.0 + abs(b))
    return 0.0 if a == b else math.inf


def hand_cases():
    """One-step cases small enough to check by hand, printed for review (not written as files)."""
    print("\nHand-checkable one-step cases (1 -> 1 linear, one point x = 2, y = 1, w = 0.5, b = 0.1):")
    for kind, lr in [("sgd", 0.05), ("momentum", 0.05), ("nesterov", 0.05), ("adam", 0.05), ("adagrad", 0.05)]:
        w = torch.tensor([[0.5]], requires_grad=True)
        b = torch.tensor([0.1], requires_grad=True)
        o = make_optimizer(opt(kind, lr), [w, b])
        for step in (1, 2):
            o.zero_grad()
            loss = ((torch.tensor([[2.0]]) @ w.T + b - 1.0) ** 2).mean()
            loss.backward()
            g = (float(w.grad), float(b.grad))
            o.step()
            print(f"  {kind:8s} step {step}: loss {float(loss):.6g} grad (w, b) = ({g[0]:.6g}, {g[1]:.6g})"
                  f" -> w {float(w):.12g}, b {float(b):.12g}")
    print("  by hand, lr 0.05: yhat = 2w + b = 1.1, d = 0.1, loss = d^2 = 0.01, g = (2dx, 2d) = (0.4, 0.2).\n"
          "  sgd: w = 0.5 - 0.02 = 0.48, b = 0.09; step 2: d = 0.05, g = (0.2, 0.1) -> w 0.47, b 0.085.\n"
          "  momentum: v1 = g; step 2 v = 0.9*(0.4, 0.2) + (0.2, 0.1) = (0.56, 0.28) -> w 0.452, b 0.076.\n"
          "  nesterov: step 1 w -= lr*(g + 0.9g) = 0.05*0.76 -> w 0.462, b 0.081.\n"
          "  adam: step 1 m^/sqrt(v^) = sign(g) -> w ~ 0.45, b ~ 0.05 (less eps).\n"
          "  adagrad: step 1 s = g^2, g/sqrt(s) = 1 -> same as adam's first step.")


def main():
    names = [n for n, _, _ in CASES]
    assert len(set(names)) == len(names), "duplicate case names"
    for old in os.listdir(HERE):
        if old.endswith(".experiment.json") or old.endswith(".trace.json"):
            os.remove(os.path.join(HERE, old))
    fragile = []
    for i, (name, purpose, spec) in enumerate(CASES):
        case = build(i, name, purpose, spec)
        trace, margins = run(case)
        perturbed, _ = run(case, perturb=1e-12)
        amplification = max_rel_diff(perturbed, trace) / 1e-12
        with open(os.path.join(HERE, name + ".experiment.json"), "w") as f:
            f.write(dumps(experiment_json(case)) + "\n")
        with open(os.path.join(HERE, name + ".trace.json"), "w") as f:
            f.write(dumps(trace) + "\n")
        last = trace["epochs"][-1]
        print(f"{name:26s} rows {len(trace['epochs'])}  train {trace['epochs'][0]['trainLoss']:.4f} -> "
              f"{last['trainLoss']:.4f}  amplification {amplification:8.1f}  margins acc "
              f"{margins.accuracy:.2e} early {margins.early:.2e}"
              + (f"  stopped, best {trace['bestEpoch']}" if trace["stoppedEarly"] else ""))
        if amplification > 1e4 or margins.accuracy < 1e-6 or margins.early < 1e-6:
            fragile.append(name)
        if spec.get("early"):
            assert trace["stoppedEarly"] and trace["bestEpoch"] >= 1, f"{name}: early stopping must trigger"
    if fragile:
        sys.exit(f"fragile cases (rounding could flip a decision): {fragile}")
    if "--hand" in sys.argv:
        hand_cases()


if __name__ == "__main__":
    main()
