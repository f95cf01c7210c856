import { hubConfigFromEnv } from './config';
import { createHub } from './create-hub';

/** `npm run hub`: the hub without Electron, for a back-room mini-PC, development and tests. */
async function main(): Promise<void> {
  const config = hubConfigFromEnv();
  const running = await createHub(config);
  console.log(`ClinicDesk hub ready at ${running.server.url}`);
  console.log(`Data folder: ${config.dataDir}`);
  const stop = (): void => {
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`ClinicDesk hub could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
