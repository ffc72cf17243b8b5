// Reverse-mode autograd, MXNet style: inside a recording scope every operator whose inputs
// need gradients appends a node to the tape; backward() walks the tape from the heads and
// accumulates gradients into the leaves that asked for them (attach_grad).
//
// Ownership: a tensor's AutogradMeta owns the node that produced it (grad_fn); a node owns the
// metas of its inputs. Saved tensors inside nodes carry no meta, so there are no cycles.
#pragma once
#include <functional>
#include <memory>
#include <vector>

#include "tessera/core/tensor.h"

namespace tsr {

struct Node;

struct AutogradMeta {
  bool requires_grad = false;
  bool is_leaf = true;        // attach_grad'ed by the user, not produced by a recorded op
  Tensor grad;                // leaves only: accumulated gradient (undefined until backward)
  std::shared_ptr<Node> grad_fn;
  int output_index = 0;       // which output of grad_fn this tensor is
};

// Computes input gradients from output gradients. grad_out[k] is undefined when output k
// received no gradient; the function leaves grad_in[i] undefined for inputs without one.
using BackwardFn = std::function<void(const Tensor* grad_out, Tensor* grad_in)>;

struct Node {
  std::vector<std::shared_ptr<AutogradMeta>> inputs;  // null where an input needs no gradient
  int n_outputs = 1;
  std::vector<Shape> output_shapes;
  std::vector<DType> output_dtypes;
  BackwardFn backward;
  const char* name = "";
};

namespace autograd {

// Recording is per thread. Scopes nest; set_recording returns the previous state.
bool is_recording();
bool set_recording(bool on);

// Marks a tensor as a leaf that accumulates gradients (MXNet attach_grad). Resets its grad.
void attach_grad(Tensor& t);
bool requires_grad(const Tensor& t);

// The same data, cut from the tape.
Tensor detach(const Tensor& t);

// Backpropagates from `heads`. head_grads[k] may be undefined: ones of the head's shape.
// Gradients add up in each leaf's `grad` across calls (gradient accumulation); call
// zero_grad / attach_grad again to reset.
void backward(const std::vector<Tensor>& heads, const std::vector<Tensor>& head_grads);

// Element-wise add used to accumulate gradients; set once by the registry layer, since the
// core cannot name registry operators.
using AddFn = Tensor (*)(const Tensor&, const Tensor&);
void set_accumulate(AddFn f);

// Connects op outputs to a new node when recording and some input requires a gradient.
// `make_backward` is called only then (saving what the gradient needs).
void record(const char* name, const Tensor* const* inputs, int n_inputs, Tensor* outputs, int n_outputs,
            const std::function<BackwardFn()>& make_backward);

}  // namespace autograd
}  // namespace tsr
