/** The benchmark's yardstick: a bare Next.js app, built and served as the app is (scripts/lib/yardstick.ts). */
const config = { poweredByHeader: false };
export default config;
