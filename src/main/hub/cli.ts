import { hubConfigFromEnv } from './config';
import { createHub } from './create-hub';
import { keepServingOnEscapedErrors } from './last-resort';

/** `npm run hub`: the hub without Electron, for a back-room mini-PC, development and tests. */
async function main(): Promise<void> {
  const config = hubConfigFromEnv();
  const running = await createHub(config);
  keepServingOnEscapedErrors(running.logger);
  const { server } = running;
  if (!server) throw new Error('the headless hub always serves');
  console.log(`ClinicDesk hub ready at ${server.url}`);
  if (server.fingerprint) console.log(`Certificate fingerprint (SHA-256): ${server.fingerprint}`);
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
