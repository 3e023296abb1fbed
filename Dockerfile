# syntax=docker/dockerfile:1
# claw-triage bot image. Build: docker build -t claw-triage .
# Run:   docker run --rm --env-file .env -p 8080:8080 claw-triage   (see docs/bot.md)
#
# `npm start` runs the TypeScript sources as they are; the image runs them compiled instead: no
# type stripping at each start, and about 25 MB less memory for the life of the process (Node's
# TypeScript loader stays resident once used).

# Same Node as the `node` devDependency in package.json: bump both together.
ARG NODE_IMAGE=node:24.21.0-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY commands ./commands
RUN npm run build

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
# Production dependencies only; none of them needs an install script.
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
# No secrets in the image: DISCORD_TOKEN and the rest come from the environment at run time.
USER node
EXPOSE 8080
# No curl in slim images: Node itself probes the endpoint (HEALTH_PORT=0 turns it off; drop this then).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.HEALTH_PORT || 8080}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node as PID 1 (no npm, no shell) so SIGTERM reaches the bot and it shuts down cleanly. The flags
# are npm start's (test/bot/start.test.ts keeps them in step): --optimize-for-size keeps V8's heap
# near what is live instead of keeping every page a burst made it grow (docs/bot.md, Memory).
CMD ["node", "--optimize-for-size", "dist/src/main.js"]
