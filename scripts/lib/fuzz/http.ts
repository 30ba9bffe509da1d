import http from "node:http";

/**
 * Raw HTTP for the fuzzer: bodies go out byte for byte (invalid UTF-8 included) with whatever
 * headers the payload says, which fetch would normalise or refuse.
 */

export type FuzzRequest = {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
  /** What the generator meant to break, for the report. */
  label: string;
};

export type FuzzResponse = { status: number; headers: http.IncomingHttpHeaders; text: string };

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

export function send(base: string, request: FuzzRequest, extraHeaders: Record<string, string> = {}): Promise<FuzzResponse> {
  const url = new URL(request.path, base);
  const body = request.body === undefined ? undefined : Buffer.isBuffer(request.body) ? request.body : Buffer.from(request.body, "utf8");
  return new Promise((resolve, reject) => {
    let answered = false;
    const outgoing = http.request(
      {
        hostname: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: request.method,
        agent,
        timeout: 60_000,
        headers: { ...extraHeaders, ...request.headers, ...(body ? { "content-length": String(body.length) } : {}) },
      },
      (response) => {
        answered = true;
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString("utf8") }));
        response.on("error", reject);
      },
    );
    outgoing.on("timeout", () => outgoing.destroy(new Error(`${request.method} ${request.path} timed out`)));
    // The server may answer (413) and close before the whole body is written: the write then
    // fails, and the answer, which may still be on its way, is what counts. A connection closed
    // with no answer at all is reported as status 0, for the runner to judge.
    outgoing.on("error", (error: NodeJS.ErrnoException) => {
      if (answered) return;
      if (error.code !== "EPIPE" && error.code !== "ECONNRESET") return reject(error);
      setTimeout(() => answered || resolve({ status: 0, headers: {}, text: `connection closed by the server (${error.code})` }), 1_000);
    });
    if (!body || body.length <= EARLY_ANSWER_BYTES) outgoing.end(body);
    else void writeAfterEarlyAnswer(outgoing, body, () => answered);
  });
}

const EARLY_ANSWER_BYTES = 8 * 1024;

/**
 * A large body goes out only once the server has had time to refuse it from its headers alone
 * (413 from its declared length): it then closes the connection, and a body already on its way
 * would make the write fail before the answer could be read.
 */
async function writeAfterEarlyAnswer(outgoing: http.ClientRequest, body: Buffer, answered: () => boolean): Promise<void> {
  outgoing.flushHeaders();
  for (let waited = 0; waited < 300 && !answered(); waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!outgoing.destroyed) outgoing.end(answered() ? undefined : body);
}

export function jsonOf(response: FuzzResponse): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(response.text);
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
