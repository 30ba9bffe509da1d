import localFont from "next/font/local";

/**
 * One text font, self-hosted: Source Serif 4 (variable), cut by `npm run fonts` to the characters
 * the app shows and the weights it uses (scripts/build-fonts.ts), 27 KiB a style instead of 50.
 * The interface uses the system's own sans-serif (app/globals.css), which costs nothing to load.
 * next/font adds a metric-matched fallback, so the text does not shift when the font arrives.
 */
export const serif = localFont({
  src: [
    { path: "./fonts/source-serif-4-normal.woff2", style: "normal", weight: "400 700" },
    { path: "./fonts/source-serif-4-italic.woff2", style: "italic", weight: "400 700" },
  ],
  variable: "--font-serif",
  display: "swap",
  fallback: ["Georgia", "Times New Roman", "serif"],
});
