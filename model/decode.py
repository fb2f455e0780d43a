"""The decoders that write one token at a time: the trained Transformer as an ONNX Runtime
graph, and the LSTM baseline stepped in torch (`decoder_for` picks one for a loaded model).

A step of a model this small costs a CPU per-operation overhead and weight reads more than
arithmetic: a torch operation costs 10 to 20 µs on this kind of machine, a NumPy one 1 to 5,
and a step needs dozens. ONNX Runtime runs the whole step as one call into C++: the 17
projections, attention as one fused kernel per layer (`GroupQueryAttention`: rotary
positions, the causal mask and the KV cache written in place), RMSNorm and SiLU fused. The
projections are stored in 8 bits, so a step reads a quarter of the bytes.

The graph is built from the weights when a model is loaded, so the checkpoint stays the one
safetensors file: each RMSNorm's gain is folded into the projection after it, and each
projection is stored (in, out). `tests/test_model.py` checks the fp32 graph's logits equal
the Transformer's, and the 8-bit one's distributions stay close to them.
"""
from __future__ import annotations

import numpy as np
import onnxruntime as ort
import torch
from onnx import TensorProto, helper, numpy_helper

from .lstm import LSTM
from .model import Transformer

SHORT = 16  # tokens per call that make a step; a longer call is a prompt, read with more threads
BLOCK = 32  # inputs per scale of an 8-bit projection
KIND = "onnxruntime, 8-bit projections"  # what writes the tokens: its figures are its own (bench.eval's cache)


def graph(model: Transformer, int8: bool = True) -> bytes:
    """The model as an ONNX graph: ids (batch, seq) at positions written in the KV cache's
    `past_*`/`present_*` buffers (the same memory) -> logits (batch, seq, vocab). With `int8`
    each projection's weights are stored in 8 bits (see `project`)."""
    c = model.config
    w = {name: t.detach().float().numpy() for name, t in model.state_dict().items()}
    initializers, nodes = [], []

    def weight(name: str, array: np.ndarray) -> str:
        initializers.append(numpy_helper.from_array(np.ascontiguousarray(array), name))
        return name

    def op(kind: str, inputs: list[str], outputs: list[str], **attributes) -> str:
        domain = "com.microsoft" if kind in ("GroupQueryAttention", "MatMulNBits") else ""
        nodes.append(helper.make_node(kind, inputs, outputs, domain=domain, **attributes))
        return outputs[0]

    def project(x: str, name: str, matrix: np.ndarray) -> str:
        """x @ matrix, matrix (in, out). In 8 bits: a step reads every weight once, and on a
        CPU whose caches other work shares, reading a quarter of the bytes is what makes a
        step fast (`bench.model` measures it). Symmetric, one scale per 32 inputs of each output; the
        products run on int8 (accuracy level 4)."""
        if not int8:
            return op("MatMul", [x, weight(name, matrix.astype(np.float32))], [name + "_out"])
        k, n = matrix.shape
        blocks = matrix.T.reshape(n, k // BLOCK, BLOCK)
        scales = np.abs(blocks).max(-1, keepdims=True) / 127
        scales[scales == 0] = 1
        q = (np.clip(np.round(blocks / scales), -127, 127) + 128).astype(np.uint8)  # zero point 128
        return op("MatMulNBits", [x, weight(name, q), weight(name + "_scales", scales.reshape(-1).astype(np.float32))],
                  [name + "_out"], K=k, N=n, bits=8, block_size=BLOCK, accuracy_level=4)

    def norm(x: str, name: str) -> str:  # the gain lives in the next projection
        return op("SimplifiedLayerNormalization", [x, "ones"], [name], axis=-1, epsilon=c.norm_eps)

    half = c.head_dim // 2
    angles = np.outer(np.arange(c.max_seq), 1.0 / c.rope_base ** (np.arange(half) / half))
    weight("cos", np.cos(angles).astype(np.float32))
    weight("sin", np.sin(angles).astype(np.float32))
    weight("ones", np.ones(c.dim, np.float32))
    cache = ["batch", c.n_head, "length", c.head_dim]
    inputs = [helper.make_tensor_value_info("ids", TensorProto.INT64, ["batch", "seq"]),
              helper.make_tensor_value_info("seqlens_k", TensorProto.INT32, ["batch"]),  # positions written - 1
              helper.make_tensor_value_info("total", TensorProto.INT32, [])]  # positions written
    outputs = [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", "seq", c.vocab_size])]
    x = op("Gather", [weight("embedding", w["tok_embeddings.weight"]), "ids"], ["x0"])  # one row a token: fp32
    for i in range(c.n_layer):
        p = f"layers.{i}."
        names = [f"{kv}{i}" for kv in ("past_key", "past_value", "present_key", "present_value")]
        inputs += [helper.make_tensor_value_info(n, TensorProto.FLOAT, cache) for n in names[:2]]
        outputs += [helper.make_tensor_value_info(n, TensorProto.FLOAT, cache) for n in names[2:]]
        wqkv = w[p + "attention.wqkv.weight"] * w[p + "attention_norm.weight"]
        qkv = project(norm(x, f"an{i}"), f"wqkv{i}", wqkv.T)
        y = op("GroupQueryAttention", [qkv, "", "", *names[:2], "seqlens_k", "total", "cos", "sin"],
               [f"y{i}", *names[2:]], num_heads=c.n_head, kv_num_heads=c.n_head, do_rotary=1,
               rotary_interleaved=0, scale=c.head_dim ** -0.5)
        x = op("Add", [x, project(y, f"wo{i}", w[p + "attention.wo.weight"].T)], [f"h{i}"])
        w13 = w[p + "feed_forward.w13.weight"] * w[p + "ffn_norm.weight"]
        op("Split", [project(norm(x, f"fn{i}"), f"w13{i}", w13.T)], [f"gate{i}", f"up{i}"], axis=-1, num_outputs=2)
        silu = op("Mul", [f"gate{i}", op("Sigmoid", [f"gate{i}"], [f"sg{i}"])], [f"silu{i}"])
        f = project(op("Mul", [silu, f"up{i}"], [f"su{i}"]), f"w2{i}", w[p + "feed_forward.w2.weight"].T)
        x = op("Add", [x, f], [f"x{i + 1}"])
    output = w["tok_embeddings.weight"] * w["norm.weight"]
    op("Identity", [project(norm(x, "final"), "output", output.T)], ["logits"])
    onnx_graph = helper.make_graph(nodes, "transformer", inputs, outputs, initializers)
    opsets = [helper.make_opsetid("", 21), helper.make_opsetid("com.microsoft", 1)]
    return helper.make_model(onnx_graph, opset_imports=opsets).SerializeToString()


def session(model_bytes: bytes, threads: int) -> ort.InferenceSession:
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    # threads that spin after a prompt would take the core the steps and the other sessions need
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return ort.InferenceSession(model_bytes, options, providers=["CPUExecutionProvider"])


class Decoder:
    """`decoder(idx, start)`: logits (batch, seq, vocab) for idx (batch, seq) at positions
    start.., written to the cache made by `setup_cache`. A step runs on one thread (a second
    costs more to wake than it saves on a step's small products, and stalls the step when
    the other core is busy); a prompt on torch's thread count. A block of several tokens after
    a prompt takes one row only: ONNX Runtime's attention reads them for a batch of one."""

    def __init__(self, model: Transformer, int8: bool = True):
        self.config = model.config
        model_bytes = graph(model.eval(), int8)
        self.step_session = session(model_bytes, 1)
        self.prompt_session = session(model_bytes, max(1, torch.get_num_threads()))
        self.cache: list[np.ndarray] = []  # per layer: keys, values, each (batch, heads, length, head_dim)
        self.bound: dict = {}  # per session and input shape: its binding, and the arrays it reads and writes

    def setup_cache(self, batch: int, length: int):
        c = self.config
        self.cache = [np.zeros((batch, c.n_head, length, c.head_dim), np.float32) for _ in range(2 * c.n_layer)]
        self.bound = {}

    def widen(self, batch: int):
        """Copy row 0's cache to `batch` rows: candidates share one pass over the prompt."""
        if batch == 1:
            return
        self.cache = [np.repeat(kv[:1], batch, 0) for kv in self.cache]
        self.bound = {}

    def drop_cache(self):
        self.cache, self.bound = [], {}

    def __call__(self, idx, start) -> np.ndarray:
        """`start`: the position of idx's first column, one for all rows or one per row (a row
        that went back to an earlier bar writes over what it wrote after it)."""
        idx = np.asarray(idx, dtype=np.int64)
        start = np.asarray(start)
        sess = self.step_session if idx.shape[1] <= SHORT else self.prompt_session
        binding, feeds = self.binding(sess, idx.shape)
        feeds["ids"][...] = idx
        feeds["seqlens_k"][...] = start + idx.shape[1] - 1
        feeds["total"][...] = start.max() + idx.shape[1]
        sess.run_with_iobinding(binding)
        return feeds["logits"].copy()

    def binding(self, sess: ort.InferenceSession, shape: tuple[int, int]):
        """The session's binding to this shape of input and to the cache, made once per shape:
        the arrays stay bound, so a step writes its input in place and runs."""
        key = (id(sess), shape)
        if key not in self.bound:
            b, t = shape
            feeds = {"ids": np.zeros(shape, np.int64), "seqlens_k": np.zeros(b, np.int32),
                     "total": np.zeros((), np.int32), "logits": np.zeros((b, t, self.config.vocab_size), np.float32)}
            binding = sess.io_binding()
            for name in ("ids", "seqlens_k", "total"):
                bind(binding.bind_input, name, feeds[name])
            bind(binding.bind_output, "logits", feeds["logits"])
            for i in range(self.config.n_layer):
                for j, kv in enumerate(("key", "value")):
                    array = self.cache[2 * i + j]  # past and present are one buffer: written in place
                    bind(binding.bind_input, f"past_{kv}{i}", array)
                    bind(binding.bind_output, f"present_{kv}{i}", array)
            self.bound[key] = binding, feeds
        return self.bound[key]


def bind(method, name: str, array: np.ndarray):
    """Bind an ONNX Runtime input or output to the memory of a NumPy array (kept alive by its owner)."""
    method(name, "cpu", 0, array.dtype, list(array.shape), array.ctypes.data)


class LSTMDecoder:
    """The generator's view of the LSTM: `decoder(idx, start)` continues from the state after
    `start` tokens. States are kept after every token, so a candidate that goes back to an
    earlier bar line resumes from the state it had there."""

    def __init__(self, model: LSTM):
        self.model = model
        self.states: dict[int, tuple[torch.Tensor, torch.Tensor]] = {}

    def setup_cache(self, batch: int, length: int):
        c = self.model.config
        zeros = torch.zeros(c.n_layer, batch, c.dim)
        self.states = {0: (zeros, zeros)}

    def widen(self, batch: int):
        """Every row starts from the state after the prompt that row 0 read."""
        self.states = {at: (h.repeat(1, batch, 1), c.repeat(1, batch, 1)) for at, (h, c) in self.states.items()}

    def drop_cache(self):
        self.states = {}

    @torch.inference_mode()
    def __call__(self, idx, start) -> np.ndarray:
        """`start`: one position for every row, or one per row (a row that went back reads the
        state it had there)."""
        starts = np.broadcast_to(np.asarray(start), (len(idx),))
        idx, start = torch.as_tensor(np.asarray(idx)), int(starts.max())
        state = self.states[start] if (starts == start).all() else tuple(
            torch.stack([self.states[int(at)][k][:, row] for row, at in enumerate(starts)], 1) for k in (0, 1))
        if idx.shape[1] > SHORT:  # a prompt: one pass, and only the state at its end
            logits, self.states[start + idx.shape[1]] = self.model(idx, state)
            return logits.numpy()
        steps = []
        for i in range(idx.shape[1]):
            logits, state = self.model(idx[:, i:i + 1], state)
            self.states[start + i + 1] = state
            steps.append(logits)
        return torch.cat(steps, 1).numpy()


def decoder_for(model: Transformer | LSTM) -> "Decoder | LSTMDecoder":
    """The decoder of a loaded model: the Transformer's weights laid out for ONNX Runtime, or
    the LSTM's own steps."""
    return LSTMDecoder(model.eval()) if isinstance(model, LSTM) else Decoder(model.eval())
