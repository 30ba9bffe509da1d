import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The content loader reads content/ at run time; make sure standalone traces include it.
  outputFileTracingIncludes: { "/**": ["./content/**/*"] },
};

export default withNextIntl(nextConfig);
