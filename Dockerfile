# Parley server image (Node 20): build with the full toolchain, run compiled JavaScript with the
# production dependencies only (no tsx, esbuild, TypeScript or web-page libraries in the image).

# better-sqlite3 builds from source when no prebuilt binary fits: python3, make and g++.
FROM node:20-bookworm-slim AS toolchain
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./

# Every dependency, then `npm run build`: tsc → dist/, web pages → dist/web. The sources come after
# `npm ci` (whose `prepare` skips the build without them) so a source change keeps the install layer.
FROM toolchain AS build
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts ./scripts
COPY web ./web
RUN npm run build

# Production dependencies only, compiled for this image's Node.
FROM toolchain AS runtime-deps
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000 PARLEY_DB=/data/parley.db
COPY --from=runtime-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin ./bin
COPY knowledge/actors.json ./knowledge/actors.json
COPY seeds ./seeds
# The database lives in /data: owned by the user the server runs as, so SQLite can create it.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
EXPOSE 4000
USER node
CMD ["node", "dist/server/main.js"]
