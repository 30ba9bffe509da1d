/** The benchmark's yardstick: a bare Next.js app, built and served as the app is (scripts/lib/yardstick.ts). */
export default { poweredByHeader: false };
