// R: snake_case functions and arguments, PascalCase class-like names; reserved words escaped
// with a trailing "_"; roxygen2 comments (#' lines, markdown on); registry types as logical,
// integer, numeric, character (enums and dtypes are character values).
//
// Values are rendered as the registry states them. Attributes with a meaning (axis, axes, perm,
// shape, index) are translated between R's 1-based, column-major view and the engine's at call
// time by the R runtime, which knows the tensor's rank; a default such as axis 0 depends on it.
//
// Operator functions that would mask a function of the packages R attaches at startup (sum, log,
// reshape, sub, ...) are named with the `tsr_` prefix instead (tsr_sum); the tensor class still
// makes the base generics (sum(), log(), ...) work on tensors. Help pages are Rd files, written
// with the Rd helpers below (rdText, rdCode, rdRCode).

import type { AttrModel, AttrValue, Meaning, OpModel } from "../model";
import { pascalCase, snakeCase } from "./case";
import {
  defaultOf,
  expectType,
  finiteText,
  lines,
  numberList,
  paragraphs,
  suffixEscaper,
  type DocComment,
  type Language,
} from "./language";

/** ?Reserved in R 4.x, plus T and F (rebindable shorthands a generated argument must not mask). */
export const R_RESERVED_WORDS: readonly string[] = [
  "if", "else", "repeat", "while", "function", "for", "next", "break", "in", "TRUE", "FALSE",
  "NULL", "Inf", "NaN", "NA", "NA_integer_", "NA_real_", "NA_complex_", "NA_character_", "T", "F",
];

const reserved: ReadonlySet<string> = new Set(R_RESERVED_WORDS);

/**
 * Snake_case function names exported by the packages R attaches at startup (base, methods,
 * datasets, utils, grDevices, graphics, stats; R 4.2). An operator function of the same name would
 * mask them for every user who attaches tessera (sum(1:3) would stop working), so such operators
 * get the R_MASK_PREFIX. Regenerate with:
 *   Rscript -e 'p <- c("base","methods","datasets","utils","grDevices","graphics","stats");
 *     n <- unique(unlist(lapply(p, function(k) if (k == "base") ls(baseenv()) else getNamespaceExports(k))));
 *     cat(sort(n[grepl("^[a-z][a-z0-9]*(_[a-z0-9]+)*$", n)]))'
 * (minus the reserved words above).
 */
export const R_MASKED_NAMES: readonly string[] = `
abbreviate abline abs acf acos acosh add1 addmargins adist adjustcolor aggregate agrep agrepl
alarm alias alist all anova any aov aperm append apply approx approxfun apropos ar aregexec args
arima arima0 array arrows as asin asinh aspell aspell_package_vignettes
aspell_write_personal_dictionary_file asplit assign assocplot atan atan2 atanh attach attr
attributes autoload autoloader ave axis backsolve barplot baseenv basename beta bibentry
bindtextdomain binomial biplot bitmap blues9 bmp body box boxplot bquote browser builtins bxp by
bzfile c cairo_pdf cairo_ps call cancor capabilities casefold cat cbind cbind2 ccf cdplot
ceiling character charmatch chartr check_tzones chol chol2inv choose chull citation cite class
clip close clrhash cm cmdscale coef coefficients coerce col col2rgb colnames colors colorspaces
colours combn comment complex confint conflicts contour contrasts contributors convolve
cophenetic coplot cor cos cosh cospi cov cov2cor covratio cpgram crossprod cummax cummin cumprod
cumsum curve cut cutree cycle data dataentry date dbeta dbinom dcauchy dchisq de debug debugcall
debugger debugonce decompose deltat demo dendrapply density deparse deparse1 deriv deriv3 det
detach determinant dev2bitmap deviance dexp df dfbeta dfbetas dffits dgamma dgeom dget dhyper
diag diff diffinv difftime digamma dim dimnames dir dirname dist dlnorm dlogis dmultinom dnbinom
dnorm dotchart double dpois dput drop drop1 droplevels dsignrank dt dump dunif duplicated
dweibull dwilcox eapply ecdf edit effects eigen el emacs embed emptyenv enc2native enc2utf8 end
enquote environment eval evalq example exists exp expm1 expression extendrange extends factanal
factor factorial family fft fifo file file_test filter find fitted fivenum fix floor flush force
formals format formula forwardsolve fourfoldplot frame frequency ftable gamma gaussian gc gcinfo
gctorture gctorture2 get get_all_vars get0 geterrmessage gethash gettext gettextf getwd gl glm
glob2rx globalenv gray gregexec gregexpr grep grepl grey grid grouping gsub gzcon gzfile hashtab
hat hatvalues hcl hclust head heatmap help hist history hsearch_db hsearch_db_concepts
hsearch_db_keywords hsv iconv iconvlist identical identify identity ifelse image influence
inherits initialize integer integrate interaction interactive intersect invisible is isa isatty
isdebugged isoreg jitter jpeg julian kappa kernapply kernel kmeans knots kronecker ksmooth
l10n_info labels lag lapply layout lbeta lchoose lcm legend length lengths letters levels
lfactorial lgamma library licence license line lines list list2env lm load loadhistory loadings
local locator loess log log10 log1p log2 logb logical loglin lowess ls lsfit mad mahalanobis
maintainer makepredictcall manova maphash mapply match matlines matplot matpoints matrix max
mean median medpolish menu merge message methods mget min mirror2html missing mode monthplot
months mosaicplot mtext mtfrm mvfft n2mfrow names napredict naprint naresid nargs nchar ncol new
news nextn ngettext nlevels nlm nlminb nls nobs noquote norm nrow nsl nullfile numeric
numeric_version numhash nzchar objects offset open optim optimise optimize options order ordered
outer pacf package_version page pairlist pairs palette par parse paste paste0 pbeta pbinom
pbirthday pcauchy pchisq pcre_config pdf person persp pexp pf pgamma pgeom phyper pi pico pictex
pie pipe plclust plnorm plogis plot pmatch pmax pmin pnbinom png pnorm points poisson poly
polygon polym polypath polyroot postscript power ppoints ppois ppr prcomp predict preplot pretty
princomp print prmatrix prod profile proj promax prompt proportions prototype psigamma psignrank
psmirnov pt ptukey punif pweibull pwilcox q qbeta qbinom qbirthday qcauchy qchisq qexp qf qgamma
qgeom qhyper qlnorm qlogis qnbinom qnorm qpois qqline qqnorm qqplot qr qsignrank qsmirnov qt
qtukey quantile quarters quartz quasi quasibinomial quasipoisson quit qunif quote qweibull
qwilcox r2dtable rainbow range rank rapply raw rbeta rbind rbind2 rbinom rcauchy rchisq rcond
readline recover rect reformulate regexec regexpr regmatches relevel relist remhash remove
reorder rep rep_len replace replicate replications representation require reshape resid
residuals retracemem return rev rexp rf rgamma rgb rgb2hsv rgeom rhyper rle rlnorm rlogis rm
rmultinom rnbinom rnorm round row rownames rowsum rpois rsignrank rsmirnov rstandard rstudent rt
rtags rug runif runmed rweibull rwilcox sample sapply save savehistory scale scan screen
screeplot sd search searchpaths seek segments seq seq_along seq_len sequence serialize setdiff
setequal sethash setwd show sigma sign signature signif simplify2array simulate sin single sinh
sink sinpi slot smooth solve sort source spectrum spineplot spline splinefun split sprintf sqrt
srcfile srcfilealias srcfilecopy srcref stack stars start stderr stdin stdout stem step stepfun
stl stop stopifnot str str2expression str2lang strcapture strftime strheight stripchart strptime
strrep strsplit strtoi strtrim structure strwidth strwrap sub subset substitute substr substring
sum summary sunflowerplot supsmu svd svg sweep switch symbols symnum system system2 t table
tabulate tail tan tanh tanpi tapply tar tcrossprod tempdir tempfile termplot terms text tiff
time timestamp title toeplitz tolower topenv toupper trace traceback tracemem trans3d transform
trigamma trimws trunc truncate try ts tsdiag tsp typeof typhash unclass undebug undebugcall
union unique uniroot units unlink unlist unname unserialize unsplit unstack untar untrace
untracemem unz unzip update upgrade url vapply var varimax vcov vector version vi vignette
warning warnings weekdays weights which window with within write x11 xedit xemacs xfig xinch xor
xspline xtabs xtfrm xyinch xzfile yinch zapsmall zip
`.split(/\s+/).filter((w) => w !== "");

/** Exported functions of the hand-written runtime (bindings/r/tessera/R/); an operator must not replace them. */
export const R_RUNTIME_NAMES: readonly string[] = [
  "as_tensor", "is_tensor", "tensor_dtype", "tensor_release", "tensor_is_released", "tessera_error",
  "tessera_registry_json", "tessera_op_names", "tessera_num_threads", "tessera_set_num_threads",
  "autograd_record", "autograd_pause", "autograd_is_recording", "attach_grad", "requires_grad",
  "tensor_grad", "zero_grad", "tensor_detach", "backward",
];

/** Prefix of operator functions whose plain name is in R_MASKED_NAMES or R_RUNTIME_NAMES. */
export const R_MASK_PREFIX = "tsr_";

const masked: ReadonlySet<string> = new Set([...R_MASKED_NAMES, ...R_RUNTIME_NAMES]);

/** The R function name of an operator: reserved words escaped, masking names prefixed. */
function rFunctionName(opName: string): string {
  const name = snakeCase(opName);
  if (reserved.has(name)) return escape(name);
  return masked.has(name) ? `${R_MASK_PREFIX}${name}` : name;
}

/**
 * Operators whose first two inputs the R binding passes to the engine in reverse order. R hands
 * its column-major buffers to the row-major engine with reversed shapes, so the engine sees every
 * R matrix transposed; the product A %*% B in R is therefore the engine's matmul(B, A), since
 * (A B)^T = B^T A^T. The value lists attribute pairs that trade places with the operands: gemm's
 * alpha op(A) op(B) + beta C is, in R, the engine's gemm(B, A, C) with trans_a and trans_b
 * exchanged (op(A) op(B) = (op(B)^T op(A)^T)^T); its C is already in R's view.
 */
export const R_REVERSED_OPERANDS: ReadonlyMap<string, readonly (readonly [string, string])[]> = new Map<
  string,
  readonly (readonly [string, string])[]
>([
  ["matmul", []],
  ["gemm", [["trans_a", "trans_b"]]],
]);

/**
 * Operators that R runs as another registry operator. triu and tril act on the engine's last two
 * axes, which are R's first two dimensions transposed: the engine's lower triangle is R's upper
 * one. So R's triu(x, k) (R's upper triangle, like upper.tri) is the engine's tril(x, -k), and the
 * other way round. `negate` lists the attributes whose sign flips; the other attributes and the
 * inputs must be the same on both operators (the emitter checks).
 */
export const R_TWIN_OPERATORS: ReadonlyMap<string, { readonly engineOp: string; readonly negate: readonly string[] }> = new Map([
  ["triu", { engineOp: "tril", negate: ["k"] }],
  ["tril", { engineOp: "triu", negate: ["k"] }],
]);

/**
 * Axis attributes ("op.attr") that name positions in the RESULT, which has more dimensions than
 * the first input: one more per entry of an int[] attribute (unsqueeze's axes), one more for an
 * int attribute (one_hot's axis). They are translated against the result's rank.
 */
export const R_RESULT_AXES: ReadonlySet<string> = new Set(["unsqueeze.axes", "one_hot.axis"]);

/**
 * An einsum equation written on the engine's axes, in R's terms: every term's subscripts reversed
 * (R's dimension order), after an implicit output ("ij,jk") has been made explicit with numpy's
 * rule (the ellipsis, then the letters used exactly once in alphabetical order). Reversing an
 * explicit equation is its own inverse, which is what the R runtime (.tsr_einsum_equation) does.
 */
export function rEinsumEquation(engine: string): string {
  const eq = engine.replace(/\s+/g, "");
  const arrow = eq.indexOf("->");
  const lhs = arrow < 0 ? eq : eq.slice(0, arrow);
  const terms = lhs.split(",");
  const tokens = (t: string): string[] => t.match(/\.\.\.|[A-Za-z]/g) ?? [];
  let out = arrow < 0 ? undefined : eq.slice(arrow + 2);
  if (out === undefined) {
    const counts = new Map<string, number>();
    for (const t of terms) for (const c of tokens(t)) if (c !== "...") counts.set(c, (counts.get(c) ?? 0) + 1);
    const once = [...counts].filter(([, n]) => n === 1).map(([c]) => c).sort();
    out = (terms.some((t) => t.includes("...")) ? "..." : "") + once.join("");
  }
  const rev = (t: string): string => tokens(t).reverse().join("");
  return `${terms.map(rev).join(",")}->${rev(out)}`;
}

/**
 * Untagged attributes that the R binding still translates ("op.attr"): the R runtime helper that
 * turns the R value into the engine's, the engine -> R conversion used for examples, and a note for
 * the help page. einsum's equation names each operand's axes in the engine's order; R users write
 * it on R's dimensions, so the letters of every term are reversed.
 */
export const R_ATTR_TRANSLATIONS: ReadonlyMap<string, { readonly helper: string; readonly toR: (v: AttrValue) => AttrValue; readonly note: string }> =
  new Map([
    [
      "einsum.equation",
      {
        helper: ".tsr_einsum_equation",
        toR: (v: AttrValue) => (typeof v === "string" ? rEinsumEquation(v) : v),
        note:
          "In R the subscripts of each term name the R dimensions of that operand in R's order (\"ij,jk->ik\" is a %*% b, " +
          "\"ij->ji\" is t(a)); the binding reverses the letters of every term for the engine. Without \"->\" the output is, as in " +
          "numpy, the ellipsis then the letters used once, in alphabetical order, on R's dimensions. An ellipsis stands for the " +
          "dimensions it covers in R's order too.",
      },
    ],
  ]);

/**
 * What R users pass for attributes and tensors that have NO meaning tag but depend on the engine's
 * dimension order; they are handed over unchanged, in the engine's order. Keyed by operator name;
 * the text goes into the operator's help page.
 */
const NCHW =
  "The engine works on NCHW (batch, channels, then spatial axes, row-major): an R array for it has the dimensions " +
  "reversed, c(W, H, C, N) for images (c(L, C, N) in 1-D, c(W, H, D, C, N) in 3-D).";
const SPATIAL =
  "kernel_shape, strides, dilations and output_padding are per spatial axis in the engine's order (height before width: " +
  "R's spatial dimensions from the last), and pads lists the beginnings of those axes, then their ends, in that order " +
  "(c(top, left, bottom, right) for images); none of them is reversed.";
export const R_ENGINE_ORDER_NOTES: ReadonlyMap<string, string> = new Map(Object.entries({
  conv: `${NCHW} The weights are c(kW, kH, C / group, M) in R and the bias has length M. ${SPATIAL}`,
  conv_transpose: `${NCHW} The weights are c(kW, kH, M / group, C) in R and the bias has length M. ${SPATIAL} output_shape, when given, is in the engine's order too.`,
  max_pool: `${NCHW} ${SPATIAL}`,
  avg_pool: `${NCHW} ${SPATIAL}`,
  global_avg_pool: `${NCHW} The result keeps the dimensions, with every spatial size 1: c(1, 1, C, N) for images.`,
  global_max_pool: `${NCHW} The result keeps the dimensions, with every spatial size 1: c(1, 1, C, N) for images.`,
  batch_norm: `${NCHW} The channel axis is the engine's axis 1, R's second-to-last dimension; scale, bias, mean and variance have one value per channel.`,
  instance_norm: `${NCHW} The channel axis is the engine's axis 1, R's second-to-last dimension; scale and bias have one value per channel.`,
  group_norm: `${NCHW} The channel axis is the engine's axis 1, R's second-to-last dimension; scale and bias have one value per channel.`,
  lrn: `${NCHW} The window runs along the channel axis, R's second-to-last dimension.`,
  depth_to_space: `${NCHW} The blocks move between the channels (R's second-to-last dimension) and the spatial dimensions.`,
  space_to_depth: `${NCHW} The blocks move between the spatial dimensions and the channels (R's second-to-last dimension).`,
  pad:
    "pads is in the engine's order: the beginnings of the engine's axes 0, 1, ..., then their ends. Engine axis i is R's dimension n - i, " +
    "so for an R matrix (n = 2) pads = c(before columns, before rows, after columns, after rows).",
  flatten:
    "axis counts the engine's axes (it is not translated): the engine's axes [0, axis) form its rows. In R's terms the result is a matrix " +
    "whose first dimension merges R's dimensions 1..(n - axis) and whose second merges the rest; the default 1 keeps R's last dimension " +
    "(the batch) as the columns, c(W * H * C, N) for an image batch.",
  resize:
    "sizes is R's dimensions (reversed for the engine, like every shape), but scales has no meaning tag and is in the engine's order: " +
    "one factor per engine axis, R's dimensions from the last (c(1, 1, 2, 2) doubles H and W of an NCHW batch, R's first two dimensions).",
  gather_nd:
    "indices holds index tuples as the engine reads them: R's FIRST dimension of indices (the engine's last) is the tuple, whose entries are " +
    "0-based positions along the engine's axes batch_dims, batch_dims + 1, ..., that is along R's dimensions n - batch_dims, " +
    "n - batch_dims - 1, ... of data (from the last). batch_dims counts the engine's leading axes, R's last dimensions.",
  scatter_nd:
    "indices holds index tuples as the engine reads them: R's FIRST dimension of indices (the engine's last) is the tuple, whose entries are " +
    "0-based positions along the engine's axes 0, 1, ..., that is along R's dimensions n, n - 1, ... of data (from the last).",
  non_zero:
    "The result is c(count, n) in R: one row per nonzero element, in R's own column-major order (which is the engine's row-major " +
    "order); column j holds the 0-based position along the engine's axis j - 1, which is R's dimension n - j + 1. So " +
    "as.array(non_zero(x))[, n:1] + 1 equals which(x != 0, arr.ind = TRUE) without its dimnames.",
  layer_norm:
    "In R, axis = r normalizes R's dimensions 1..r together (the engine's axes from its axis to the last); scale and bias have " +
    "those R dimensions. The default 1 normalizes each column of a matrix.",
  softmax_cross_entropy:
    "logits are c(C, N) in R (the engine's [N, C]: one column of class scores per sample; c(d..., C, N) with extra dimensions) and " +
    "labels hold one 0-based class per sample.",
  nll_loss:
    "input is c(C, N) in R (the engine's [N, C]: one column of log-probabilities per sample; c(d..., C, N) with extra dimensions) and " +
    "labels hold one 0-based class per sample.",
  embedding: "weight is c(D, V) in R (the engine's [V, D]: one column per row id) and the result is c(D, dim(indices)).",
}));

/**
 * Tensors tagged "index" (gather's indices, loss labels, argmax's result, ...) are data: the R
 * binding never rewrites tensor contents, so they hold the engine's 0-based positions and class
 * ids, in R as everywhere else. This keeps int32 tensors zero-copy, keeps ignore_index (a class id,
 * untagged) consistent with the labels, and lets index tensors flow between operators unchanged
 * (argmax into gather, top_k into gather_elements). Only attributes are translated.
 */
export const R_INDEX_TENSOR_NOTE =
  "0-based, as the engine counts (the binding does not rewrite tensor contents: positions and class ids are 0-based in R too, " +
  "unlike the 1-based axis and index attributes).";

/** What an attribute with a meaning tag means on R's side (1-based, R's own dimension order). */
export const R_MEANING_NOTES: Readonly<Record<Meaning, string>> = {
  axis:
    "In R this is a 1-based dimension of the R array (as in dim(x)[axis]); negative values count from the last dimension (-1 is the last). It is translated to the engine's 0-based row-major axis at call time.",
  axes:
    "In R these are 1-based dimensions of the R array (as in dim(x)[axes]); negative values count from the last dimension (-1 is the last). They are translated to the engine's 0-based row-major axes at call time.",
  perm:
    "In R this is a permutation of 1..length(dim(x)), as for aperm(): dimension i of the result is dimension perm[i] of x. It is translated to the engine's permutation at call time.",
  shape:
    "In R these are dimensions in R's order, as for dim(); the elements keep their column-major order, as with dim<- and array(). They are reversed for the engine at call time.",
  index:
    "In R these are 1-based positions along the dimension; negative values count from the end (-1 is the last element). They are translated to the engine's 0-based positions at call time.",
  layout: "Layout strings name the engine's row-major dimension order; R's dimensions are the same in reverse.",
};

/**
 * An attribute value (a default, or an example's argument) in R's convention, by its meaning tag:
 * axes become 1-based R dimensions, permutations are re-indexed and reversed, shapes reversed,
 * indices 1-based; other values are unchanged. `rank` is the ndim of the tensor the value refers
 * to, or null when unknown: then an axis counted from the engine's front comes out as a negative R
 * axis (engine 0 is R's last dimension, -1), which holds for every rank.
 */
export function rConventionValue(attr: AttrModel, value: AttrValue, rank: number | null): AttrValue {
  const axis = (e: number): number => {
    if (rank === null) return e >= 0 ? -(e + 1) : -e;
    return rank - (e < 0 ? e + rank : e);
  };
  const each = (f: (n: number) => number): AttrValue =>
    Array.isArray(value) ? (value as readonly number[]).map(f) : typeof value === "number" ? f(value) : value;
  switch (attr.meaning) {
    case "axis":
    case "axes":
      return each(axis);
    case "perm": {
      if (!Array.isArray(value)) return value;
      const p = value as readonly number[];
      return p.map((_, i) => p.length - (p[p.length - 1 - i] as number));
    }
    case "shape":
      return Array.isArray(value) ? [...(value as readonly number[])].reverse() : value;
    case "index":
      return each((i) => (i >= 0 ? i + 1 : i));
    case "layout":
    case null:
      return value;
  }
}

/** Text for an Rd section: backslashes, braces and % escaped. */
export function rdText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/([{}%])/g, "\\$1");
}

/** Inline code in Rd prose: \code{...} with its content escaped. */
export function rdCode(code: string): string {
  return `\\code{${rdText(code)}}`;
}

/** R code for an R-like Rd section (\usage, \examples): only % and backslashes need escaping. */
export function rdRCode(code: string): string {
  return code.replace(/\\/g, "\\\\").replace(/%/g, "\\%");
}

const { isReserved, escape } = suffixEscaper(reserved);

function numeric(n: number): string {
  if (Number.isNaN(n)) return "NaN";
  if (n === Infinity) return "Inf";
  if (n === -Infinity) return "-Inf";
  return finiteText(n);
}

function integer(n: number): string {
  return `${finiteText(n)}L`;
}

function vector(items: readonly string[], empty: string): string {
  if (items.length === 0) return empty;
  return items.length === 1 ? (items[0] as string) : `c(${items.join(", ")})`;
}

function literal(attr: AttrModel, value: AttrValue): string {
  switch (attr.type) {
    case "bool":
      return expectType(value, "boolean", attr) ? "TRUE" : "FALSE";
    case "int":
      return integer(expectType(value, "number", attr));
    case "float":
      return numeric(expectType(value, "number", attr));
    case "string":
    case "enum":
    case "dtype":
      return JSON.stringify(expectType(value, "string", attr));
    case "int[]":
      return vector(numberList(value, attr).map(integer), "integer(0)");
    case "float[]":
      return vector(numberList(value, attr).map(numeric), "numeric(0)");
  }
}

/** Rd treats % as a comment and @ as a roxygen tag; escape both in prose. */
function escapeDoc(line: string): string {
  return line.replace(/%/g, "\\%").replace(/@/g, "@@");
}

function formatDoc(doc: DocComment, indent = ""): string {
  const tags: string[] = [];
  for (const p of doc.params) {
    const text = lines(p.doc).map(escapeDoc).join(" ");
    tags.push(`@param ${p.name} ${text}${p.default === undefined ? "" : ` Default: \`${escapeDoc(p.default)}\`.`}`.trimEnd());
  }
  if (doc.returns.length === 1) {
    tags.push(`@return ${lines(doc.returns[0]?.doc ?? "").map(escapeDoc).join(" ")}`.trimEnd());
  } else if (doc.returns.length > 1) {
    tags.push("@return A list:");
    for (const r of doc.returns) tags.push(`- \`${r.name}\`: ${lines(r.doc).map(escapeDoc).join(" ")}`.trimEnd());
  }
  if (doc.examples.length > 0) tags.push("@examples", ...doc.examples.flatMap((e) => lines(e).map((l) => l.replace(/%/g, "\\%"))));
  const body = paragraphs(lines(doc.summary).map(escapeDoc), lines(doc.description).map(escapeDoc), tags);
  return body.map((l) => (l === "" ? `${indent}#'` : `${indent}#' ${l}`)).join("\n");
}

export const r: Language = {
  id: "r",
  displayName: "R",
  lineComment: "#",
  reservedWords: reserved,
  isReserved,
  escape,
  functionName: rFunctionName,
  parameterName: (name) => escape(snakeCase(name)),
  optionName: (name) => escape(snakeCase(name)),
  typeName: (...parts) => pascalCase(...parts),
  enumTypeName: (op, attr) => pascalCase(op.name, attr.name),
  attrType(attr: AttrModel): string {
    switch (attr.type) {
      case "bool":
        return "logical";
      case "int":
      case "int[]":
        return "integer";
      case "float":
      case "float[]":
        return "numeric";
      case "string":
      case "enum":
      case "dtype":
        return "character";
    }
  },
  inputType: (input) => (input.variadic ? "list" : "tessera_tensor"),
  returnType: (outputs) => (outputs.length === 1 ? "tessera_tensor" : "list"),
  literal: (attr, value) => literal(attr, value),
  defaultLiteral: (attr: AttrModel, op: OpModel) => literal(attr, defaultOf(attr, op)),
  formatDoc,
};
