import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { ROOT } from "./paths";
import { sleep } from "./wait";

/**
 * The shipped nginx configuration (deploy/nginx/recits.conf), run on this machine in front of
 * app servers already started: for tests/e2e/reverse-proxy.spec.ts and `npm run bench`. Only its
 * addresses, ports and paths are replaced; everything else runs as shipped. Needs nginx
 * (`apt-get install nginx`, which .ci/run does); `nginxPath()` is null without it.
 */

export const SHIPPED_CONFIG = path.join(ROOT, "deploy", "nginx", "recits.conf");

export type ReverseProxy = {
  /** The HTTPS server of the shipped configuration (a self-signed certificate for localhost). */
  https: string;
  /** The same server block on plain HTTP, for clients that cannot be told to accept that certificate. */
  http: string;
  /** The port-80 server, which sends browsers to HTTPS. */
  redirect: string;
  /** Present when asked for: the same nginx serving `diskFile` from disk, with the same compression. */
  disk?: string;
  stop: () => Promise<void>;
};

export function nginxPath(): string | null {
  for (const candidate of ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/bin/nginx", "/usr/bin/nginx"]) if (existsSync(candidate)) return candidate;
  return null;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`deploy/nginx/recits.conf no longer has "${from}": update scripts/lib/reverse-proxy.ts`);
  return text.replace(from, to);
}

export async function startReverseProxy(options: { upstreams: readonly string[]; diskFile?: { name: string; body: string } }): Promise<ReverseProxy> {
  const nginx = nginxPath();
  if (!nginx) throw new Error("nginx is not installed (apt-get install nginx)");
  const dir = mkdtempSync(path.join(os.tmpdir(), "recits-nginx-"));
  for (const sub of ["cache", "tmp", "certs", "disk"]) mkdirSync(path.join(dir, sub));
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "2",
      "-subj",
      "/CN=localhost",
      "-keyout",
      path.join(dir, "certs", "recits.key"),
      "-out",
      path.join(dir, "certs", "recits.crt"),
    ],
    { stdio: "ignore" },
  );
  const [httpsPort, httpPort, redirectPort, diskPort] = [await freePort(), await freePort(), await freePort(), await freePort()];

  let site = readFileSync(SHIPPED_CONFIG, "utf8");
  site = replaceOnce(site, "    server app1:3000;\n    server app2:3000;\n", options.upstreams.map((upstream) => `    server ${upstream};\n`).join(""));
  site = replaceOnce(site, "/var/cache/nginx/recits", path.join(dir, "cache"));
  site = replaceOnce(site, "    listen 80;\n    listen [::]:80;\n", `    listen 127.0.0.1:${redirectPort};\n`);
  site = replaceOnce(
    site,
    "    listen 443 ssl http2;\n    listen [::]:443 ssl http2;\n",
    `    listen 127.0.0.1:${httpsPort} ssl http2;\n    listen 127.0.0.1:${httpPort};\n`,
  );
  site = replaceOnce(site, "/etc/nginx/certs/", `${path.join(dir, "certs")}/`);
  site = replaceOnce(site, "/etc/nginx/certs/", `${path.join(dir, "certs")}/`);
  // The yardstick: the same compression, serving a file from disk.
  const gzip = /    gzip on;[\s\S]*?gzip_types[^\n]*\n/.exec(site)![0];
  if (options.diskFile) writeFileSync(path.join(dir, "disk", options.diskFile.name), options.diskFile.body);
  const disk = options.diskFile
    ? `server {\n    listen 127.0.0.1:${diskPort};\n    root ${path.join(dir, "disk")};\n    default_type text/html;\n${gzip}}\n`
    : "";
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `    ${kind}_temp_path ${path.join(dir, "tmp", kind)};`).join("\n");
  const config = `worker_processes 1;
daemon off;
user ${os.userInfo().username};
pid ${path.join(dir, "nginx.pid")};
error_log ${path.join(dir, "error.log")} warn;
events { worker_connections 4096; }
http {
    access_log off;
    include /etc/nginx/mime.types;
${temp}
${site}
${disk}
}
`;
  writeFileSync(path.join(dir, "nginx.conf"), config);
  const child: ChildProcess = spawn(nginx, ["-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: ["ignore", "ignore", "pipe"] });
  let errors = "";
  child.stderr?.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const up = async () => {
    for (let waited = 0; waited < 10_000; waited += 100) {
      if (child.exitCode !== null) throw new Error(`nginx exited: ${errors}${readFileSync(path.join(dir, "error.log"), "utf8")}`);
      if (
        await fetch(`http://127.0.0.1:${redirectPort}/`, { redirect: "manual" }).then(
          () => true,
          () => false,
        )
      )
        return;
      await sleep(100);
    }
    throw new Error(`nginx did not start: ${errors}`);
  };
  await up();
  return {
    https: `https://localhost:${httpsPort}`,
    http: `http://127.0.0.1:${httpPort}`,
    redirect: `http://127.0.0.1:${redirectPort}`,
    ...(options.diskFile ? { disk: `http://127.0.0.1:${diskPort}` } : {}),
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGQUIT");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
