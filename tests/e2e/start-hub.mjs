// Starts the built hub on an empty data folder, so every e2e run begins at the first-run wizard.
import { rmSync } from 'node:fs';
import path from 'node:path';

const dataDir = process.env.CLINICDESK_DATA_DIR;
if (!dataDir || !path.basename(dataDir).startsWith('clinicdesk-e2e-')) {
  console.error('start-hub: CLINICDESK_DATA_DIR must be an e2e folder');
  process.exit(1);
}
rmSync(dataDir, { recursive: true, force: true });
await import('../../dist/hub/hub.js');
