import net from "node:net";
import { sleep } from "../wait";

/**
 * A 10 MB body, sent slowly over a raw socket, must be refused (413) before the server has read
 * it: at once when its length is declared (no body byte is sent before the answer is awaited),
 * and part-way when it is chunked without a length. The server must then close the connection
 * rather than drain the rest.
 */

const TOTAL = 10 * 1024 * 1024;
const CHUNK = 16 * 1024;

/** `upstream`: why Next.js itself reads this target's whole body before any code of the app runs; its answer is then reported, not held to the rule. */
export type OversizedTarget = { name: string; path: string; headers: Record<string, string>; upstream?: string };
export type OversizedResult = {
  target: string;
  framing: "declared" | "chunked";
  status: number;
  code: string;
  sentBytes: number;
  closed: boolean;
  problem?: string;
  upstream?: string;
};

export async function sendOversized(base: string, target: OversizedTarget, framing: "declared" | "chunked"): Promise<OversizedResult> {
  const url = new URL(base);
  const socket = net.connect(Number(url.port), url.hostname);
  await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("error", reject));
  let answer = "";
  let closed = false;
  socket.on("data", (chunk: Buffer) => (answer += chunk.toString("latin1")));
  socket.on("end", () => (closed = true));
  socket.on("close", () => (closed = true));
  socket.on("error", () => (closed = true));

  const headers = { host: url.host, ...target.headers, ...(framing === "declared" ? { "content-length": String(TOTAL) } : { "transfer-encoding": "chunked" }) };
  socket.write(
    `POST ${target.path} HTTP/1.1\r\n${Object.entries(headers)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join("")}\r\n`,
  );
  let sentBytes = 0;
  if (framing === "declared") {
    for (let waited = 0; waited < 5_000 && !answer; waited += 50) await sleep(50);
  }
  const chunk = Buffer.alloc(CHUNK, "x");
  while (!answer && !closed && sentBytes < TOTAL) {
    socket.write(framing === "chunked" ? Buffer.concat([Buffer.from(`${CHUNK.toString(16)}\r\n`), chunk, Buffer.from("\r\n")]) : chunk);
    sentBytes += CHUNK;
    await sleep(2);
  }
  for (let waited = 0; waited < 5_000 && !closed; waited += 50) await sleep(50);
  socket.destroy();

  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
  const code = /"code":"([A-Z_]+)"/.exec(answer)?.[1] ?? "";
  const result: OversizedResult = { target: target.name, framing, status, code, sentBytes, closed };
  if (status !== 413 || code !== "PAYLOAD_TOO_LARGE") result.problem = `answered ${status || "nothing"} ${code}`;
  else if (sentBytes >= TOTAL) result.problem = "answered only once the whole body was sent";
  else if (!closed) result.problem = "kept the connection open to drain the body";
  if (result.problem && target.upstream) {
    result.upstream = `${result.problem}: ${target.upstream}`;
    delete result.problem;
  }
  return result;
}
