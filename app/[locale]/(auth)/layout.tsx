import type { ReactNode } from "react";
import { ScopedMessages } from "@/components/layout/scoped-messages";

/** Sign-in, sign-up and join: their forms' strings travel with these pages only. */
export default function AuthLayout({ children }: Readonly<{ children: ReactNode }>) {
  return <ScopedMessages namespaces={["auth", "join"]}>{children}</ScopedMessages>;
}
