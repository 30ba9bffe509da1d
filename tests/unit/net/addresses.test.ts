import type os from "node:os";
import { describe, expect, it } from "vitest";
import { isLocalOnlyHost, networkAddresses } from "@/lib/net/addresses";

type Entry = os.NetworkInterfaceInfo;
const v4 = (address: string, internal = false) =>
  ({ address, family: "IPv4", internal, netmask: "255.255.255.0", mac: "00:00:00:00:00:00", cidr: null }) as Entry;
const v6 = (address: string) => ({ address, family: "IPv6", internal: false, netmask: "ffff::", mac: "00:00:00:00:00:00", cidr: null, scopeid: 0 }) as Entry;

describe("the machine's network addresses", () => {
  it("lists private IPv4 first, then public, then IPv6; no loopback, link-local or container bridge", () => {
    expect(
      networkAddresses({
        lo: [v4("127.0.0.1", true)],
        eth1: [v4("203.0.113.4"), v6("2001:db8::5"), v6("fe80::1")],
        docker0: [v4("172.17.0.1")],
        wlan0: [v4("192.168.1.20"), v4("169.254.3.3")],
      }),
    ).toEqual(["192.168.1.20", "203.0.113.4", "2001:db8::5"]);
  });

  it("is empty on a machine with loopback only", () => {
    expect(networkAddresses({ lo: [v4("127.0.0.1", true)] })).toEqual([]);
  });
});

describe("hosts only this machine reaches", () => {
  it.each(["localhost", "LOCALHOST", "app.localhost", "127.0.0.1", "127.1.2.3", "0.0.0.0", "::1", "[::1]", "::"])("%s", (host) => {
    expect(isLocalOnlyHost(host)).toBe(true);
  });
  it.each(["recits.lan", "192.168.1.20", "10.0.0.1", "2001:db8::5", "localhost.example.org"])("not %s", (host) => {
    expect(isLocalOnlyHost(host)).toBe(false);
  });
});
