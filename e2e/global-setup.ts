// Before the journeys: the web app built (as `npm start` would) and Chromium present.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWebIfStale } from '../src/cli/commands/web-build.js';

export const chromiumPath = process.env.TANDEM_CHROMIUM ?? '/usr/bin/chromium';

export default async function setup(): Promise<void> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium was not found at ${chromiumPath}. \`npm test\` installs it (apt-get install -y chromium), ` +
        'or set TANDEM_CHROMIUM to a Chromium binary.',
    );
  }
  await buildWebIfStale(path.join(fileURLToPath(new URL('..', import.meta.url)), 'dist', 'web'));
}
