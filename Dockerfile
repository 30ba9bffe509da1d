# syntax=docker/dockerfile:1
# Récits croisés: the production server (server/main.ts) in a pruned image. docs/deploy.md says
# how to run it (N instances, PostgreSQL, migrations as a job of their own).
#
# Not Next.js's `output: "standalone"`: that output brings its own server.js, and this app's
# server is server/main.ts (static pages and assets from memory, the request gate, the client
# address), run with tsx like `npm start`. So the image is the built app with its production
# dependencies only.

ARG NODE_VERSION=20.20

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
COPY scripts/prisma-generate.mjs scripts/prisma-generate.mjs
COPY prisma prisma
COPY prisma.config.ts ./
# postinstall generates the Prisma client into lib/generated.
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund \
 && rm -rf .next/cache

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
# What the server reads at run time, and nothing else (no tests, no sources of the tests' tools).
COPY --from=build --chown=node:node /app/package.json /app/package-lock.json /app/tsconfig.json /app/next.config.ts /app/prisma.config.ts ./
COPY --from=build --chown=node:node /app/node_modules node_modules
COPY --from=build --chown=node:node /app/.next .next
COPY --from=build --chown=node:node /app/content content
COPY --from=build --chown=node:node /app/i18n i18n
COPY --from=build --chown=node:node /app/lib lib
COPY --from=build --chown=node:node /app/messages messages
COPY --from=build --chown=node:node /app/prisma prisma
COPY --from=build --chown=node:node /app/scripts scripts
COPY --from=build --chown=node:node /app/server server
COPY --from=build --chown=node:node /app/proxy.ts ./
USER node
EXPOSE 3000
# A prerendered page, served from memory: the process is up and answering. (The database is
# checked by the first request that needs it; a load balancer's own check can use any page.)
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/fr').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# DATABASE_URL and BETTER_AUTH_SECRET are required (no embedded PostgreSQL here); run
# `npm run db:migrate && npm run content:load` as a job before starting a new version.
CMD ["node", "--import", "tsx", "server/main.ts"]
