# Parley server image (Node 20). better-sqlite3 builds from source, hence the toolchain in the build stage.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# postinstall bundles the playground, timeline and graph pages into dist/web.
COPY web ./web
COPY scripts ./scripts
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000 PARLEY_DB=/data/parley.db
COPY --from=deps /app/node_modules ./node_modules
COPY --from=deps /app/dist/web ./dist/web
COPY package.json tsconfig.json ./
COPY src ./src
COPY seeds ./seeds
VOLUME ["/data"]
EXPOSE 4000
USER node
CMD ["node", "--import", "tsx", "src/server/main.ts"]
