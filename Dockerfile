FROM node:20-slim
# better-sqlite3 builds from source when no prebuilt binary can be fetched.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
RUN mkdir -p /app/data && chown -R node:node /app/data
USER node
ENV DATABASE_URL=/app/data/briefbot.db
VOLUME ["/app/data"]
CMD ["node", "--import", "tsx", "src/main.ts"]
