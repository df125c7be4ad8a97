# Build stage: every locked dependency (TypeScript included), then `npm run build` to dist/.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
COPY adapters ./adapters
COPY classifiers ./classifiers
COPY examples ./examples
RUN npm run build

# Runtime dependencies only.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts

# Runtime stage: compiled JavaScript on plain node (no TypeScript at run time), as the unprivileged
# node user. dist/ carries the shipped model, the corpus, the reply templates and the demo inbox;
# `node bin/collab-triage.js` runs the command line from dist/ too.
FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
COPY bin ./bin
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:'+(process.env.METRICS_PORT||process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# A young generation of at most 4 MB per semi-space, and an old one that grows by 25% of what is
# live rather than up to 4x: under a steady stream V8 otherwise keeps growing both, and the
# process with them (npm run soak: RSS +84% between 10% and 90% of the run, +8% with these).
CMD ["node", "--max-semi-space-size=4", "--heap-growing-percent=25", "dist/src/main.js"]
