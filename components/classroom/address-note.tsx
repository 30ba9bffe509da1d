import { getTranslations } from "next-intl/server";
import type { StudentAddress } from "@/lib/http/origin";

/**
 * Under an address given to students: why it is not the one in the teacher's address bar (this
 * machine's network address), or that students cannot reach it (no network address known).
 */
export async function AddressNote({ address, className = "" }: Readonly<{ address: StudentAddress; className?: string }>) {
  if (address.kind !== "network" && address.kind !== "localOnly") return null;
  const t = await getTranslations("teach");
  return (
    <p
      className={`mt-1 max-w-2xl text-sm ${address.kind === "localOnly" ? "font-medium text-warn" : "text-muted"} ${className}`}
      data-address-note={address.kind}
    >
      {t(address.kind === "network" ? "addressNetwork" : "addressLocalOnly")}
    </p>
  );
}
