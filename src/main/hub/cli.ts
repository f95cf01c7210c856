import { hubConfigFromEnv } from './config';
import { createHub } from './create-hub';
import { keepServingOnEscapedErrors } from './last-resort';

/** `npm run hub`: the hub without Electron, for a back-room mini-PC, development and tests. */
async function main(): Promise<void> {
  const config = hubConfigFromEnv();
  const running = await createHub(config);
  keepServingOnEscapedErrors(running.logger);
  console.log(`ClinicDesk hub ready at ${running.server.url}`);
  if (running.server.fingerprint) console.log(`Certificate fingerprint (SHA-256): ${running.server.fingerprint}`);
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
