// Case conversion for registry names. Registry names are snake_case ("log_softmax", "conv2d",
// "top_k"); every target derives its own spelling from the words between the underscores.

/** The words of a snake_case name: "log_softmax" -> ["log", "softmax"]. */
export function words(snake: string): string[] {
  return snake.split("_").filter((w) => w !== "");
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** "log_softmax" -> "logSoftmax", "top_k" -> "topK", "conv2d" -> "conv2d". */
export function camelCase(snake: string): string {
  const [first = "", ...rest] = words(snake);
  return first + rest.map(capitalize).join("");
}

/** "log_softmax" -> "LogSoftmax", "conv2d" -> "Conv2d". */
export function pascalCase(...snakes: string[]): string {
  return snakes.flatMap(words).map(capitalize).join("");
}

/** "log_softmax" -> "log_softmax" (normalised: no leading, trailing or doubled underscores). */
export function snakeCase(snake: string): string {
  return words(snake).join("_");
}

/** "pad_mode" -> "PAD_MODE". */
export function screamingSnakeCase(...snakes: string[]): string {
  return snakes.flatMap(words).join("_").toUpperCase();
}
