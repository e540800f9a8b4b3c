// Starts the server from the environment; everything else lives in start.ts and app.ts.
import { readConfig } from './env';
import { startTessera } from './start';

const config = readConfig(process.env);
const running = await startTessera({
  port: config.port,
  databaseUrl: config.databaseUrl,
  ...(config.adminToken && { adminToken: config.adminToken }),
  ...(config.admin && { admin: config.admin }),
  auth: config.auth,
  clientDist: config.clientDist,
  log: (line) => console.log(line),
});
console.log(`Tessera is listening on ${running.url} (database: ${config.databaseUrl.replace(/\/\/[^@]*@/, '//***@')})`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void running.close().then(() => process.exit(0)));
}
