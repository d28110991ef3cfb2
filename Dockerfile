# Tukiverkko: the GraphQL server and the admin console (served at /admin) on one port.
# docker compose up (docker-compose.yml) starts it with PostgreSQL; DATABASE_URL is required here:
# the embedded PostgreSQL of `npm start` is for development only.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# Install scripts are skipped: the only ones the project allows (package.json allowScripts) set up
# the embedded PostgreSQL, which an image never uses. The image's npm (10) does not read
# allowScripts and would run every package's scripts otherwise.
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY server ./server
COPY seeds ./seeds
COPY admin ./admin
# tsc -> dist/server/src, dist/server/migrations, dist/seeds; vite -> admin/dist
RUN npm run build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/admin/dist ./admin/dist
# Files stay owned by root: the server only reads them.
USER node
EXPOSE 4000
# The slim image has no curl; Node 20 has fetch.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The heap flags of `npm start` (server/src/heap-flags.ts says why).
CMD ["node", "--max-semi-space-size=32", "--heap-growing-percent=100", "dist/server/src/main.js"]
