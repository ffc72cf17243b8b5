/*
 * Tessera stable C API.
 *
 * Plain C, one prefix (tsr_), opaque handles, no C++ types or exceptions across the boundary.
 * Every fallible function returns a tsr_status; on failure the message, the operator and the
 * argument at fault are available from tsr_last_error*() on the same thread until the next
 * failing call on that thread. Results come back through trailing out-parameters.
 *
 * Versioning is append-only: new functions, enum values and struct fields are added at the end;
 * TSR_API_VERSION grows with each addition. Bindings compare tsr_api_version() with the version
 * they were generated against and refuse to load on mismatch.
 */
#ifndef TESSERA_C_API_H_
#define TESSERA_C_API_H_

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#define TSR_API __declspec(dllexport)
#else
#define TSR_API __attribute__((visibility("default")))
#endif

/** \brief Version of this header. \since 1 */
#define TSR_API_VERSION 1

/** \brief Maximum number of dimensions of a tensor. \since 1 */
#define TSR_MAX_DIMS 8

/** \brief Result of every fallible call. \since 1 */
typedef enum tsr_status {
  TSR_OK = 0,
  TSR_ERR_INVALID_ARGUMENT = 1, /**< a null pointer, bad length or otherwise unusable argument */
  TSR_ERR_SHAPE_MISMATCH = 2,   /**< input shapes do not fit the operator */
  TSR_ERR_DTYPE_MISMATCH = 3,   /**< an input's element type is not accepted */
  TSR_ERR_INVALID_ATTRIBUTE = 4, /**< attribute of the wrong type, out of range or unknown */
  TSR_ERR_NOT_FOUND = 5,        /**< unknown operator or attribute name */
  TSR_ERR_INVALID_HANDLE = 6,   /**< a null, released or foreign handle */
  TSR_ERR_OUT_OF_MEMORY = 7,
  TSR_ERR_UNSUPPORTED = 8,      /**< valid request the engine cannot serve (yet) */
  TSR_ERR_INTERNAL = 9          /**< a bug in Tessera; please report it */
} tsr_status;

/** \brief Element types. \since 1 */
typedef enum tsr_dtype {
  TSR_DTYPE_FLOAT32 = 0,
  TSR_DTYPE_FLOAT64 = 1,
  TSR_DTYPE_INT32 = 2,
  TSR_DTYPE_INT64 = 3,
  TSR_DTYPE_UINT8 = 4,
  TSR_DTYPE_BOOL = 5 /**< one byte per element, 0 or 1 */
} tsr_dtype;

/** \brief Attribute value types, as listed in the registry JSON. \since 1 */
typedef enum tsr_attr_type {
  TSR_ATTR_BOOL = 0,   /**< value in `i` (0 or 1) */
  TSR_ATTR_INT = 1,    /**< value in `i` */
  TSR_ATTR_FLOAT = 2,  /**< value in `f` */
  TSR_ATTR_STRING = 3, /**< NUL-terminated text in `s` */
  TSR_ATTR_ENUM = 4,   /**< index into the attribute's enum values, in `i` */
  TSR_ATTR_INTS = 5,   /**< `count` values at `ints` */
  TSR_ATTR_FLOATS = 6, /**< `count` values at `floats` */
  TSR_ATTR_DTYPE = 7   /**< a tsr_dtype code, in `i` */
} tsr_attr_type;

/** \brief A tensor: dtype, shape, strides and reference-counted storage. \since 1 */
typedef struct tsr_tensor tsr_tensor;

/** \brief A registered operator. Handles are owned by the library and valid for its lifetime. \since 1 */
typedef struct tsr_op tsr_op;

/**
 * \brief One attribute value for tsr_op_invoke.
 *
 * `slot` is the attribute's index in the operator's schema (tsr_op_attr_index, resolved once);
 * `type` must equal the schema type. Only the member that `type` names is read. Attributes that
 * are not passed take the registry default. Pointers need to stay valid during the call only.
 * \since 1
 */
typedef struct tsr_attr {
  int32_t slot;
  int32_t type; /**< a tsr_attr_type */
  int64_t i;
  double f;
  const char* s;
  const int64_t* ints;
  const double* floats;
  int64_t count;
} tsr_attr;

/**
 * \brief Called once when the engine no longer needs memory it borrowed from the caller.
 * \param[in] data the pointer given to tsr_tensor_from_external.
 * \param[in] user the user pointer given with it.
 * \since 1
 */
typedef void (*tsr_deleter)(void* data, void* user);

/* ---- version and errors ------------------------------------------------------------------ */

/** \brief The TSR_API_VERSION the library was built with. \since 1 */
TSR_API int32_t tsr_api_version(void);

/**
 * \brief Message of the last failing call on this thread ("" if none).
 * The string is owned by the library and valid until the next failing call on this thread.
 * \since 1
 */
TSR_API const char* tsr_last_error(void);

/** \brief Status of the last failing call on this thread (TSR_OK if none). \since 1 */
TSR_API tsr_status tsr_last_error_status(void);

/**
 * \brief Operator name involved in the last failure on this thread, or "".
 * Owned by the library, valid until the next failing call on this thread.
 * \since 1
 */
TSR_API const char* tsr_last_error_op(void);

/**
 * \brief Argument (input, attribute or parameter name) at fault in the last failure, or "".
 * Owned by the library, valid until the next failing call on this thread.
 * \since 1
 */
TSR_API const char* tsr_last_error_arg(void);

/** \brief A constant name for a status code ("TSR_ERR_SHAPE_MISMATCH"). \since 1 */
TSR_API const char* tsr_status_name(tsr_status status);

/* ---- tensors ----------------------------------------------------------------------------- */

/**
 * \brief Creates a contiguous tensor and copies its elements from `data`.
 * \param[in] dtype element type.
 * \param[in] shape `ndim` dimension sizes (may be NULL when ndim is 0: a scalar).
 * \param[in] ndim number of dimensions, 0..TSR_MAX_DIMS.
 * \param[in] data row-major elements, or NULL for zero-filled memory.
 * \param[in] nbytes size of `data` in bytes; must equal numel * element size when data is given.
 * \param[out] out the new tensor; the caller owns one reference and releases it with tsr_tensor_release.
 * \since 1
 */
TSR_API tsr_status tsr_tensor_create(tsr_dtype dtype, const int64_t* shape, int32_t ndim, const void* data,
                                     size_t nbytes, tsr_tensor** out);

/**
 * \brief Creates a contiguous tensor over caller memory, without copying.
 * The engine reads and writes `data` in place until the last view of it is released, then
 * calls `deleter(data, user)` exactly once (on the releasing thread). `data` must be aligned
 * to the element size. On failure the deleter is not called and the caller keeps ownership.
 * \param[in] deleter may be NULL when the caller keeps the memory alive longer than the tensor.
 * \param[out] out the new tensor; the caller owns one reference.
 * \since 1
 */
TSR_API tsr_status tsr_tensor_from_external(tsr_dtype dtype, const int64_t* shape, int32_t ndim, void* data,
                                            size_t nbytes, tsr_deleter deleter, void* user, tsr_tensor** out);

/** \brief Adds a reference. \since 1 */
TSR_API tsr_status tsr_tensor_retain(tsr_tensor* t);

/** \brief Drops a reference; the tensor is freed with the last one. NULL is accepted and ignored. \since 1 */
TSR_API void tsr_tensor_release(tsr_tensor* t);

/** \brief Element type. \param[out] out the dtype. \since 1 */
TSR_API tsr_status tsr_tensor_dtype(const tsr_tensor* t, tsr_dtype* out);

/** \brief Number of dimensions. \param[out] out 0..TSR_MAX_DIMS. \since 1 */
TSR_API tsr_status tsr_tensor_ndim(const tsr_tensor* t, int32_t* out);

/**
 * \brief Dimension sizes.
 * \param[out] shape receives ndim values; `capacity` is its length and must be >= ndim.
 * \param[out] ndim the number of dimensions.
 * \since 1
 */
TSR_API tsr_status tsr_tensor_shape(const tsr_tensor* t, int64_t* shape, int32_t capacity, int32_t* ndim);

/** \brief Strides in elements (same layout as tsr_tensor_shape). \since 1 */
TSR_API tsr_status tsr_tensor_strides(const tsr_tensor* t, int64_t* strides, int32_t capacity, int32_t* ndim);

/** \brief Number of elements. \param[out] out the product of the shape. \since 1 */
TSR_API tsr_status tsr_tensor_numel(const tsr_tensor* t, int64_t* out);

/**
 * \brief Address of the first element of this view (see tsr_tensor_strides for its layout).
 * The pointer is borrowed: valid while the tensor (or another view of its storage) is alive.
 * \since 1
 */
TSR_API tsr_status tsr_tensor_data(const tsr_tensor* t, void** out);

/** \brief Whether the view is dense row-major. \param[out] out 1 or 0. \since 1 */
TSR_API tsr_status tsr_tensor_is_contiguous(const tsr_tensor* t, int32_t* out);

/**
 * \brief Copies the elements in row-major order into `dst`, whatever the view's strides.
 * \param[in] nbytes size of `dst`; must equal numel * element size.
 * \since 1
 */
TSR_API tsr_status tsr_tensor_copy_to(const tsr_tensor* t, void* dst, size_t nbytes);

/* ---- operators --------------------------------------------------------------------------- */

/**
 * \brief Looks an operator up by its registry name (snake_case). Do this once, then invoke by handle.
 * \param[out] out a handle owned by the library; never released.
 * \since 1
 */
TSR_API tsr_status tsr_op_lookup(const char* name, const tsr_op** out);

/** \brief Number of registered operators. \since 1 */
TSR_API int32_t tsr_op_count(void);

/** \brief The operator at `index` (0..tsr_op_count()-1), in registry order. \since 1 */
TSR_API tsr_status tsr_op_at(int32_t index, const tsr_op** out);

/** \brief The operator's registry name, owned by the library. \since 1 */
TSR_API const char* tsr_op_name(const tsr_op* op);

/**
 * \brief Schema slot of an attribute, to fill tsr_attr.slot.
 * \param[out] slot index in the operator's attribute list.
 * \param[out] type the attribute's tsr_attr_type (may be NULL).
 * \since 1
 */
TSR_API tsr_status tsr_op_attr_index(const tsr_op* op, const char* attr_name, int32_t* slot, int32_t* type);

/** \brief Number of attributes, inputs (schema entries) and outputs of an operator. \since 1 */
TSR_API tsr_status tsr_op_arity(const tsr_op* op, int32_t* n_attrs, int32_t* n_inputs, int32_t* n_outputs);

/**
 * \brief Runs an operator.
 *
 * Validates input count and dtypes, attribute types, ranges and enum indices, infers output
 * shapes, allocates the outputs and runs the kernel. Nothing is parsed from strings and nothing
 * is allocated beyond the outputs. View operators (reshape, transpose, slice) return tensors that
 * share the input's storage.
 * \param[in] inputs `n_inputs` tensor handles (borrowed).
 * \param[in] attrs `n_attrs` attribute records (may be NULL when n_attrs is 0).
 * \param[out] outputs array of `capacity` slots receiving new tensors; the caller owns one
 *             reference to each and releases it.
 * \param[out] n_outputs number of outputs written.
 * \since 1
 */
TSR_API tsr_status tsr_op_invoke(const tsr_op* op, const tsr_tensor* const* inputs, int32_t n_inputs,
                                 const tsr_attr* attrs, int32_t n_attrs, tsr_tensor** outputs, int32_t capacity,
                                 int32_t* n_outputs);

/* ---- registry introspection -------------------------------------------------------------- */

/**
 * \brief The registry as JSON (schema in op-registry/README.md): every operator with docs,
 * inputs, outputs, typed attributes, dtypes, gradient, ONNX mapping and examples.
 * Owned by the library, valid for its lifetime.
 * \since 1
 */
TSR_API const char* tsr_registry_json(void);

/** \brief A hash of the registry JSON; generated bindings compare it at load time. \since 1 */
TSR_API const char* tsr_registry_hash(void);

/* ---- runtime ----------------------------------------------------------------------------- */

/** \brief Number of threads kernels use. \since 1 */
TSR_API int32_t tsr_num_threads(void);

/** \brief Sets the number of kernel threads; n <= 0 restores the core count. \since 1 */
TSR_API tsr_status tsr_set_num_threads(int32_t n);

/* ---- DLPack (appended) -------------------------------------------------------------------- */
/*
 * Zero-copy exchange with other array libraries through DLPack's `DLManagedTensor` (dlpack.h,
 * the unversioned struct of DLPack 0.6+). The parameters are `void*` so that this header does not
 * depend on dlpack.h; pass a `DLManagedTensor*`. Supported: CPU memory (kDLCPU, kDLCUDAHost), one
 * lane, and the dtypes float32/float64 (kDLFloat 32/64), int32/int64 (kDLInt 32/64), uint8
 * (kDLUInt 8) and bool (kDLBool = 6 of DLPack 0.8+, 8 bits).
 *
 * Versioning note: these two functions were appended while TSR_API_VERSION is still 1; bumping it
 * is left to a release that regenerates op-registry/registry.json and every binding at once
 * (bindings refuse to load on a version mismatch).
 */

/**
 * \brief Exports a tensor (this view: data pointer, shape, strides in elements, dtype) as a DLPack
 * `DLManagedTensor`, without copying.
 * The managed tensor holds its own reference to the storage: `t` may be released before the
 * consumer is done. Writes through either side are visible to the other.
 * \param[in] t the tensor (borrowed).
 * \param[out] out_managed receives a `DLManagedTensor*`; the caller owns it and calls its
 *             `deleter(managed)` exactly once when done (that drops the storage reference).
 * \since 1 (appended; see the versioning note above)
 */
TSR_API tsr_status tsr_tensor_to_dlpack(const tsr_tensor* t, void** out_managed);

/**
 * \brief Imports a DLPack `DLManagedTensor` as a tensor that views its memory, without copying.
 * Any strides are kept (NULL strides = compact row-major; zero and negative strides are allowed),
 * so transposed, sliced or broadcast views stay views. The data address (data + byte_offset)
 * must be aligned to the element size.
 * \param[in] managed a `DLManagedTensor*`. On success the engine owns it and calls
 *            `managed->deleter(managed)` exactly once, on the releasing thread, when the last
 *            view of the memory is released (at once for a tensor with no elements). On failure
 *            the deleter is not called and the caller keeps ownership.
 * \param[out] out the new tensor; the caller owns one reference and releases it with
 *             tsr_tensor_release.
 * \since 1 (appended; see the versioning note above)
 */
TSR_API tsr_status tsr_tensor_from_dlpack(void* managed, tsr_tensor** out);

/* ---- autograd (appended) ------------------------------------------------------------------ */
/*
 * MXNet-style reverse mode. Inside a recording scope (per thread), every operator call whose
 * inputs need gradients is recorded; tsr_autograd_backward then accumulates gradients into the
 * tensors marked with tsr_tensor_attach_grad. Only floating-point inputs receive gradients.
 */

/**
 * \brief Turns recording on or off for the calling thread (nest scopes by restoring `prev`).
 * \param[in] on 1 to record, 0 to stop.
 * \param[out] prev the previous state (may be NULL).
 * \since 1 (appended)
 */
TSR_API tsr_status tsr_autograd_set_recording(int32_t on, int32_t* prev);

/** \brief Whether the calling thread is recording (1) or not (0). \since 1 (appended) */
TSR_API int32_t tsr_autograd_is_recording(void);

/**
 * \brief Marks `t` as a leaf that accumulates gradients (MXNet attach_grad); clears its gradient.
 * The mark belongs to this handle's tensor: views made later by operators are new tensors.
 * \since 1 (appended)
 */
TSR_API tsr_status tsr_tensor_attach_grad(tsr_tensor* t);

/** \brief Whether `t` takes part in gradient computation. \param[out] out 1 or 0. \since 1 (appended) */
TSR_API tsr_status tsr_tensor_requires_grad(const tsr_tensor* t, int32_t* out);

/**
 * \brief The gradient accumulated in a leaf by tsr_autograd_backward.
 * \param[out] out a new reference the caller releases, or NULL when no gradient has arrived yet.
 * \since 1 (appended)
 */
TSR_API tsr_status tsr_tensor_grad(const tsr_tensor* t, tsr_tensor** out);

/** \brief Forgets the gradient accumulated in a leaf (the next backward starts from zero). \since 1 (appended) */
TSR_API tsr_status tsr_tensor_zero_grad(tsr_tensor* t);

/**
 * \brief The same data, cut from the tape: no gradient flows through the result.
 * \param[out] out a new tensor sharing t's storage; the caller releases it.
 * \since 1 (appended)
 */
TSR_API tsr_status tsr_tensor_detach(const tsr_tensor* t, tsr_tensor** out);

/**
 * \brief Backpropagates from `n_heads` recorded results into every attached leaf.
 * \param[in] heads results computed while recording (borrowed).
 * \param[in] head_grads NULL, or `n_heads` entries each NULL (meaning ones) or a tensor with the
 *            head's shape. Gradients accumulate across calls until tsr_tensor_zero_grad or
 *            tsr_tensor_attach_grad.
 * \since 1 (appended)
 */
TSR_API tsr_status tsr_autograd_backward(const tsr_tensor* const* heads, int32_t n_heads,
                                         const tsr_tensor* const* head_grads);

/* ---- graphs and ONNX (appended) ------------------------------------------------------------ */
/*
 * A graph holds values (inputs, constants, node outputs, each an int32 id) and nodes that call
 * registry operators with fixed attributes. Build one explicitly (add_input / add_constant /
 * add_node / set_outputs), trace it from ordinary operator calls (trace_begin ... trace_end), or
 * import an ONNX model. tsr_graph_run optimizes it on first use (constant folding, dead-node
 * removal), plans shapes and buffer reuse per set of input shapes, and runs it with the engine's
 * thread pool (tsr_set_num_threads). After the first run a graph can no longer be changed.
 */

/** \brief A computation graph (explicit, traced or imported from ONNX). \since 1 (appended) */
typedef struct tsr_graph tsr_graph;

/**
 * \brief Creates an empty graph.
 * \param[out] out the graph; the caller owns it and releases it with tsr_graph_release.
 * \since 1 (appended)
 */
TSR_API tsr_status tsr_graph_create(tsr_graph** out);

/** \brief Releases a graph (NULL is ignored). Tensors it returned stay valid. \since 1 (appended) */
TSR_API void tsr_graph_release(tsr_graph* g);

/**
 * \brief Adds a graph input.
 * \param[in] dims `ndim` sizes; -1 marks a size known only at run time.
 * \param[out] out_value the input's value id.
 * \since 1 (appended)
 */
TSR_API tsr_status tsr_graph_add_input(tsr_graph* g, const char* name, tsr_dtype dtype, const int64_t* dims, int32_t ndim,
                                       int32_t* out_value);

/**
 * \brief Adds a constant; the graph keeps its own reference to `value` (borrowed here).
 * \param[out] out_value the constant's value id.
 * \since 1 (appended)
 */
TSR_API tsr_status tsr_graph_add_constant(tsr_graph* g, const char* name, const tsr_tensor* value, int32_t* out_value);

/**
 * \brief Adds a node calling `op` on existing values (-1 for an absent optional input), with
 * attributes as for tsr_op_invoke (copied). When all input shapes are known the node is checked
 * by shape inference now, with the same errors a call would give.
 * \param[in] n_outputs -1 for the schema's output count; required for a variadic output whose
 *            count inference cannot know yet.
 * \param[out] out_values receives up to `capacity` output value ids; `out_count` their number.
 * \since 1 (appended)
 */
TSR_API tsr_status tsr_graph_add_node(tsr_graph* g, const tsr_op* op, const int32_t* inputs, int32_t n_inputs,
                                      const tsr_attr* attrs, int32_t n_attrs, int32_t n_outputs, int32_t* out_values,
                                      int32_t capacity, int32_t* out_count);

/**
 * \brief Declares the graph's outputs (value ids) and optional names (NULL = the values' names).
 * \since 1 (appended)
 */
TSR_API tsr_status tsr_graph_set_outputs(tsr_graph* g, const int32_t* values, int32_t n, const char* const* names);

/** \brief Number of graph inputs (feeds of tsr_graph_run). \since 1 (appended) */
TSR_API tsr_status tsr_graph_input_count(const tsr_graph* g, int32_t* out);

/**
 * \brief Describes input `k`: its name (valid while the graph lives), dtype and declared dims
 * (-1 = known at run time), up to `capacity` of them; `ndim` receives the rank.
 * \since 1 (appended)
 */
TSR_API tsr_status tsr_graph_input_info(const tsr_graph* g, int32_t k, const char** name, tsr_dtype* dtype,
                                        int64_t* dims, int32_t capacity, int32_t* ndim);

/** \brief Number of graph outputs. \since 1 (appended) */
TSR_API tsr_status tsr_graph_output_count(const tsr_graph* g, int32_t* out);

/** \brief Name of output `k` (valid while the graph lives). \since 1 (appended) */
TSR_API tsr_status tsr_graph_output_name(const tsr_graph* g, int32_t k, const char** name);

/**
 * \brief Runs the graph.
 * \param[in] feeds one tensor per input, in input order (borrowed); checked against the declared
 *            dtype and dims.
 * \param[out] outputs receives `n_outputs` (= tsr_graph_output_count) new tensors; the caller
 *             owns each and releases it with tsr_tensor_release.
 * \since 1 (appended)
 */
TSR_API tsr_status tsr_graph_run(tsr_graph* g, const tsr_tensor* const* feeds, int32_t n_feeds, tsr_tensor** outputs,
                                 int32_t n_outputs);

/**
 * \brief Figures of the most recent run's plan: nodes after optimization, bytes of the shared
 * intermediate buffer (arena) and bytes the same intermediates would take unshared.
 * \since 1 (appended)
 */
TSR_API tsr_status tsr_graph_plan_stats(const tsr_graph* g, int32_t* nodes, int64_t* arena_bytes, int64_t* unshared_bytes);

/**
 * \brief Starts recording this thread's operator calls into the empty graph `g` (MXNet's
 * hybridize). Tensors declared with tsr_graph_trace_input become graph inputs; any other tensor
 * a recorded call reads that no recorded call produced becomes a constant.
 * \since 1 (appended)
 */
TSR_API tsr_status tsr_graph_trace_begin(tsr_graph* g);

/** \brief Declares `t` (borrowed) as the next graph input, named `name`, while tracing. \since 1 (appended) */
TSR_API tsr_status tsr_graph_trace_input(tsr_graph* g, const tsr_tensor* t, const char* name);

/**
 * \brief Stops recording and makes `outputs` (tensors produced while tracing, or inputs) the
 * graph's outputs, named by `names` (NULL for output_0, output_1, ...).
 * \since 1 (appended)
 */
TSR_API tsr_status tsr_graph_trace_end(tsr_graph* g, const tsr_tensor* const* outputs, int32_t n,
                                       const char* const* names);

/**
 * \brief Imports an ONNX model file (external data is read relative to its folder).
 * Unsupported operators, opsets or dtypes fail with TSR_ERR_UNSUPPORTED naming the node, op type
 * and opset; malformed or hostile files fail with TSR_ERR_INVALID_ARGUMENT.
 * \param[out] out the graph; the caller releases it with tsr_graph_release.
 * \since 1 (appended)
 */
TSR_API tsr_status tsr_onnx_import_file(const char* path, tsr_graph** out);

/**
 * \brief Imports a serialized ONNX ModelProto from memory.
 * \param[in] base_dir folder for external data files, or NULL to refuse external data.
 * \param[out] out the graph; the caller releases it with tsr_graph_release.
 * \since 1 (appended)
 */
TSR_API tsr_status tsr_onnx_import_bytes(const void* data, size_t size, const char* base_dir, tsr_graph** out);

/**
 * \brief Writes the graph as an ONNX model (opset 20 of the default domain) to `path`.
 * An imported model is written as run last (its shapes fixed by the most recent feeds).
 * \since 1 (appended)
 */
TSR_API tsr_status tsr_onnx_export_file(tsr_graph* g, const char* path);

/**
 * \brief Serializes the graph as an ONNX ModelProto.
 * \param[out] out_data receives a buffer the caller frees with tsr_buffer_free; `out_size` its size.
 * \since 1 (appended)
 */
TSR_API tsr_status tsr_onnx_export_bytes(tsr_graph* g, void** out_data, size_t* out_size);

/**
 * \brief Reads a serialized ONNX TensorProto (an `input_0.pb` of the ONNX test data, say).
 * \param[out] out a new tensor the caller releases with tsr_tensor_release.
 * \since 1 (appended)
 */
TSR_API tsr_status tsr_onnx_read_tensor(const void* data, size_t size, tsr_tensor** out);

/**
 * \brief What the ONNX importer converts, as JSON: one record per converter with op type, opset
 * range, kind ("converter" or "generic") and note. Owned by the library. `npm run generate` writes
 * it to graph/onnx/importer.json for the mapping tables.
 * \since 1 (appended)
 */
TSR_API const char* tsr_onnx_importer_json(void);

/** \brief Frees a buffer returned by the library (NULL is ignored). \since 1 (appended) */
TSR_API void tsr_buffer_free(void* data);

#ifdef __cplusplus
}
#endif

#endif /* TESSERA_C_API_H_ */
