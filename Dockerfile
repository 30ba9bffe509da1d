# syntax=docker/dockerfile:1
# Récits croisés in a pruned image: Next.js's standalone output (its own server.js and only the
# files it needs: no TypeScript compiled at start, no tsx, no embedded PostgreSQL). docs/deploy.md
# says how to run it; compose.yaml runs PostgreSQL, the migration job, two instances and nginx.

# Node.js 26, the newest LTS line (support for 20 ended on 2026-04-30). It serves a save
# with about a third less CPU than 20 (`npm run bench -- --node <node 26 binary>`: README, "Benchmark").
ARG NODE_VERSION=26

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
COPY package.json package-lock.json ./
COPY scripts/prisma-generate.mjs scripts/prisma-generate.mjs
COPY prisma prisma
COPY prisma.config.ts ./
# postinstall generates the Prisma client into lib/generated.
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# The job to run once before a release starts (and the purge, if run from cron): migrations and
# content, with the project's scripts and tools. Not the image that serves requests.
FROM build AS tasks
CMD ["sh", "-c", "npm run db:migrate && npm run content:load"]

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
# The server and what it reads (content/ is traced into it, page-policies.json copied by
# `npm run build`); the built assets beside it, as Next.js's standalone output expects.
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static .next/static
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/fr').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# DATABASE_URL and BETTER_AUTH_SECRET are required (no embedded PostgreSQL here).
CMD ["node", "server.js"]
