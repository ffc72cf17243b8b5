package tessera

/** A number on the left of a tensor operator: `2.0 * x`, `1 - x` (the number becomes a 0-d
  * tensor of the tensor's dtype). Brought into scope by `import tessera.*`.
  */
extension (s: Double) {
  def +(t: Tensor): Tensor = Tensor.withScalar(s, t.dtype)(Ops.add(_, t))
  def -(t: Tensor): Tensor = Tensor.withScalar(s, t.dtype)(Ops.sub(_, t))
  def *(t: Tensor): Tensor = Tensor.withScalar(s, t.dtype)(Ops.mul(_, t))
  def /(t: Tensor): Tensor = Tensor.withScalar(s, t.dtype)(Ops.div(_, t))
}
