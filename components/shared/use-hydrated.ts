"use client";

import { useSyncExternalStore } from "react";

const subscribeNever = () => () => {};

/** False in the server's HTML and until this page's JavaScript runs; then true. */
export const useHydrated = () =>
  useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
