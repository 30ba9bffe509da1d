import { GeistSans } from "geist/font/sans";
import localFont from "next/font/local";

/**
 * Self-hosted from npm packages (no Google Fonts request). next/font adds metric-matched
 * fallbacks, so the text does not shift when the web font arrives. The Latin subset covers French,
 * including « », œ and the no-break spaces.
 */
export const serif = localFont({
  src: [
    { path: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2", style: "normal", weight: "200 900" },
    { path: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2", style: "italic", weight: "200 900" },
  ],
  variable: "--font-serif",
  display: "swap",
  fallback: ["Georgia", "Times New Roman", "serif"],
});

export const sans = GeistSans;
