import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { measureExport, procStatusBytes } from "@/scripts/lib/bench-export";

/** The export benchmark's measuring piece, against a local server that streams a known file slowly. */
describe("measureExport", () => {
  it("counts the bytes and lines streamed, times the first byte, and samples the server's memory", async () => {
    const line = "a;b;c\r\n";
    const server = http.createServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/csv" });
      let sent = 0;
      const timer = setInterval(() => {
        response.write(line.repeat(1000));
        sent += 1;
        if (sent === 10) {
          clearInterval(timer);
          response.end();
        }
      }, 10);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const measure = await measureExport(`http://127.0.0.1:${port}/`, { cookie: "", pid: process.pid, sampleMs: 5 });
      expect(measure).toMatchObject({ status: 200, bytes: line.length * 10_000, lines: 10_000 });
      expect(measure.firstByteMs).toBeGreaterThan(0);
      expect(measure.totalMs).toBeGreaterThanOrEqual(measure.firstByteMs + 50);
      expect(measure.peakRssMb).toBeGreaterThan(10);
      expect(measure.hwmMb).toBeGreaterThanOrEqual(measure.peakRssMb - 1);
    } finally {
      server.close();
    }
  });

  it("reads nothing for a process that does not exist", async () => {
    expect(await procStatusBytes(2 ** 22 + 7, "VmRSS")).toBeNull();
  });
});
