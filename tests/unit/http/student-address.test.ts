import { describe, expect, it } from "vitest";
import { studentAddressOf } from "@/lib/http/student-address";

/** Issue: after "Créer la classe" the page told students to open http://0.0.0.0:3471, and a teacher on localhost projected "localhost". */
describe("the address students are told to open", () => {
  const lan = ["192.168.1.20", "10.8.0.3"];

  it("is APP_URL when it is set, whatever the request", () => {
    expect(studentAddressOf({ appUrl: "https://recits.example.org/", host: "localhost:3000", secure: true, networkAddresses: lan })).toEqual({
      origin: "https://recits.example.org",
      kind: "configured",
    });
  });

  it("is the host the teacher used when other devices can reach it", () => {
    expect(studentAddressOf({ host: "recits.lan:3000", secure: false, networkAddresses: lan })).toEqual({ origin: "http://recits.lan:3000", kind: "request" });
    expect(studentAddressOf({ host: "192.168.1.20:3000", secure: false, networkAddresses: lan })).toEqual({
      origin: "http://192.168.1.20:3000",
      kind: "request",
    });
    expect(studentAddressOf({ host: "recits.example.org", secure: true, networkAddresses: [] })).toEqual({
      origin: "https://recits.example.org",
      kind: "request",
    });
  });

  for (const host of ["0.0.0.0:3471", "localhost:3471", "127.0.0.1:3471", "[::1]:3471", "[::]:3471", "app.localhost:3471"]) {
    it(`is the machine's network address, same port, for ${host}`, () => {
      expect(studentAddressOf({ host, secure: false, networkAddresses: lan })).toEqual({ origin: "http://192.168.1.20:3471", kind: "network" });
    });
  }

  it("says it is local only when the machine has no network address", () => {
    expect(studentAddressOf({ host: "0.0.0.0:3471", secure: false, networkAddresses: [] })).toEqual({ origin: "http://localhost:3471", kind: "localOnly" });
    expect(studentAddressOf({ host: "localhost:3000", secure: false, networkAddresses: [] })).toEqual({ origin: "http://localhost:3000", kind: "localOnly" });
  });

  it("puts an IPv6 network address in brackets", () => {
    expect(studentAddressOf({ host: "localhost:3000", secure: false, networkAddresses: ["2001:db8::5"] }).origin).toBe("http://[2001:db8::5]:3000");
  });

  it("survives a host header it cannot parse", () => {
    expect(studentAddressOf({ host: "bad host/", secure: false, networkAddresses: lan }).kind).toBe("network");
  });
});
