// Runs tasks in worker.mjs child processes: `jobs` workers in parallel; a worker that crashes or
// stalls past the per-test timeout is killed, its test recorded as failed, and a new worker
// continues with the remaining tasks.
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const WORKER = join(dirname(fileURLToPath(import.meta.url)), "worker.mjs");

function runChunk(tasks, { timeoutMs, onResult }) {
  return new Promise((resolveChunk) => {
    const pending = new Map(tasks.map((t) => [t.id, t]));
    const child = spawn(process.execPath, [WORKER], { stdio: ["pipe", "pipe", "pipe"] });
    let current = null;
    let timer = null;
    let buf = "";
    let stderr = "";
    let killedFor = null;
    const arm = () => {
      clearTimeout(timer);
      const task = current !== null ? pending.get(current) : null;
      timer = setTimeout(() => {
        killedFor = "timeout";
        child.kill("SIGKILL");
      }, task?.timeoutMs ?? timeoutMs);
    };
    child.stdout.on("data", (d) => {
      buf += d.toString("utf8");
      let nl;
      while ((nl = buf.indexOf("\n")) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        if (!line.trim()) continue;
        let msg;
        try {
          msg = JSON.parse(line);
        } catch {
          continue; // stray output of the engine
        }
        if (msg.start !== undefined) {
          current = msg.start;
          arm();
        } else if (msg.result) {
          pending.delete(msg.result.id);
          current = null;
          onResult(msg.result);
        }
      }
    });
    child.stderr.on("data", (d) => {
      stderr = (stderr + d.toString("utf8")).slice(-4000);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (current !== null && pending.has(current)) {
        const why =
          killedFor === "timeout"
            ? `timeout: no result within ${(pending.get(current).timeoutMs ?? timeoutMs) / 1000} s (worker killed)`
            : `crash: the worker died (${signal ? `signal ${signal}` : `exit ${code}`})${stderr ? `: ${stderr.trim().split("\n").slice(-1)[0]}` : ""}`;
        onResult({ id: current, status: "failed", reason: why });
        pending.delete(current);
      } else if (pending.size > 0 && current === null && code !== 0) {
        // The worker failed before starting any test (e.g. the package does not load): fail all.
        const lines = stderr.trim().split("\n");
        const cause = lines.find((l) => /^\w*Error\b/.test(l)) ?? lines.slice(-1)[0];
        const why = `worker failed to start (${signal ? `signal ${signal}` : `exit ${code}`}): ${cause}`;
        for (const id of pending.keys()) onResult({ id, status: "failed", reason: why });
        pending.clear();
      }
      resolveChunk([...pending.values()]);
    });
    child.stdin.on("error", () => {}); // a worker that died early closes its stdin
    child.stdin.end(JSON.stringify({ tasks }));
  });
}

/** Runs all tasks; onResult(result) is called once per task id. */
export async function runTasks(tasks, { jobs = 1, timeoutMs = 60000, onResult }) {
  const lanes = Array.from({ length: Math.max(1, jobs) }, () => []);
  tasks.forEach((t, i) => lanes[i % lanes.length].push(t));
  await Promise.all(
    lanes.map(async (lane) => {
      let rest = lane;
      while (rest.length > 0) {
        const before = rest.length;
        rest = await runChunk(rest, { timeoutMs, onResult });
        if (rest.length === before) {
          // No progress (the worker exits without running anything): stop instead of looping.
          for (const t of rest) onResult({ id: t.id, status: "failed", reason: "the worker made no progress" });
          rest = [];
        }
      }
    }),
  );
}
