import { camelCase, pascalCase, screamingSnakeCase, snakeCase, words } from "../../src/lang/case";

test.each([
  ["log_softmax", "logSoftmax", "LogSoftmax", "log_softmax", "LOG_SOFTMAX"],
  ["top_k", "topK", "TopK", "top_k", "TOP_K"],
  ["conv2d", "conv2d", "Conv2d", "conv2d", "CONV2D"],
  ["max_pool_2d", "maxPool2d", "MaxPool2d", "max_pool_2d", "MAX_POOL_2D"],
  ["x", "x", "X", "x", "X"],
])("%s -> %s / %s / %s / %s", (name, camel, pascal, snake, screaming) => {
  expect(camelCase(name)).toBe(camel);
  expect(pascalCase(name)).toBe(pascal);
  expect(snakeCase(name)).toBe(snake);
  expect(screamingSnakeCase(name)).toBe(screaming);
});

test("several parts join into one name", () => {
  expect(words("pad_mode")).toEqual(["pad", "mode"]);
  expect(pascalCase("top_k", "options")).toBe("TopKOptions");
  expect(screamingSnakeCase("pad", "mode")).toBe("PAD_MODE");
});
