// `npm run web` (after its build step): serves the built web renderer and prints where.
import { serveWeb, webPort } from './web-server.mjs';

try {
  const url = await serveWeb(webPort());
  console.log(`Briefing Desk is served at ${url} (Ctrl+C stops it).`);
} catch (error) {
  console.error(`Could not serve Briefing Desk: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
