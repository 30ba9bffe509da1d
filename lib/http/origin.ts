import "server-only";
import { headers } from "next/headers";
import { isSecureConnection } from "@/lib/auth/connection";
import { env } from "@/lib/env";
import { networkAddresses } from "@/lib/net/addresses";
import { studentAddressOf, type StudentAddress } from "./student-address";

export type { StudentAddress } from "./student-address";

/**
 * The address students type to reach this app, for the join code panel, the projected code and
 * the printed slips (./student-address.ts decides). The host is the one the teacher's browser
 * used: X-Forwarded-Host, which Next.js sets from Host on every request and carries into the
 * render of the page a server action redirects to (that render's own Host is the server's).
 */
export async function studentAddress(): Promise<StudentAddress> {
  const { APP_URL } = env();
  const requestHeaders = await headers();
  const host = requestHeaders.get("x-forwarded-host")?.split(",")[0]?.trim() || requestHeaders.get("host");
  return studentAddressOf({ appUrl: APP_URL, host, secure: isSecureConnection(requestHeaders, APP_URL), networkAddresses: networkAddresses() });
}
