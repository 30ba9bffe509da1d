import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import next from "next";
import { addressLines } from "../scripts/lib/addresses";
import { normaliseForwarded, parseTrustProxy } from "./forwarded";
import { errorJson, gate, loadActionIds, localeOfRawRequest } from "./request-gate";
import { isSecureRequest, setBaseHeaders, watchPrerendered } from "./security";
import { StaticAssets } from "./static-assets";
import { StaticPages } from "./static-pages";

/**
 * The production server (`npm start`): Next.js's own request handler, with the prerendered pages
 * and the built assets served first, from memory and compressed once (./static-pages.ts,
 * ./static-assets.ts), and the requests whose bodies Next.js reads itself checked before it does
 * (./request-gate.ts). Next.js documents this as a custom server; it keeps the reader at the
 * speed of a static file server (README, "Benchmark"). Same flags as `next start`.
 */

const ROOT = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
  strict: true,
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? "0.0.0.0";
// Read before anything starts, so that a mistake in it stops the server with its message.
const trustProxy = parseTrustProxy(process.env.TRUST_PROXY);

const app = next({ dev: false, dir: ROOT, hostname, port });
const handle = app.getRequestHandler();
const distDir = path.join(ROOT, ".next");
const [pages, assets, actionIds] = await Promise.all([StaticPages.load(distDir), StaticAssets.load(distDir), loadActionIds(distDir), app.prepare()]);

const server = http.createServer((request, response) => {
  // The client's address and the connection's scheme are this server's to say (./forwarded.ts);
  // then the headers every response carries (./security.ts).
  normaliseForwarded(request, trustProxy);
  const secure = isSecureRequest(request);
  setBaseHeaders(response, secure);
  const url = request.url ?? "/";
  const query = url.indexOf("?");
  const pathname = query === -1 ? url : url.slice(0, query);
  const search = query === -1 ? "" : url.slice(query);
  if (assets.serve(request, response, pathname) || pages.serve(request, response, pathname, search, secure)) return;
  watchPrerendered(response, secure);
  // Server actions and better-auth's endpoints are checked first (./request-gate.ts). A client
  // that goes away while its body is read leaves nothing to answer.
  void gate(request, response, pathname, actionIds)
    .then((checked) => checked && handle(checked, response))
    .catch(() => response.destroy());
});

// A request Node cannot parse (headers over 16 KB, a malformed request line) is answered by Node
// with a bare 400 or 431; it gets the app's error body instead.
server.on("clientError", (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket) => {
  if (error.code === "ECONNRESET" || !socket.writable) return socket.destroy();
  const body = errorJson("INVALID_REQUEST", localeOfRawRequest(error.rawPacket));
  socket.end(`HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
});

server.listen(port, hostname, () => {
  console.log(`▲ Récits croisés on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port} (${pages.size} pages served static)`);
  for (const line of addressLines(hostname, port)) console.log(line);
  void pages.warm();
});

/** Stop taking connections at once, give requests in flight a few seconds, then leave. */
function shutdown() {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5_000).unref();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
