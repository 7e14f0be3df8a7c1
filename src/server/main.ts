// `npm run serve`: the reference API alone, configured by the environment (no demo data).
import { ConfigError, loadConfig } from './config';
import { createJsonLogger, errorFields } from './logger';
import { startServer } from './server';

const logger = createJsonLogger();

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write('amicable: cannot start, the configuration has problems:\n');
      for (const problem of error.problems) process.stderr.write(`  - ${problem}\n`);
      process.exit(1);
    }
    throw error;
  }

  const server = await startServer({ config, logger });
  logger.info('listening', { url: server.url, database: config.databaseUrl.split(':')[0] });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping', { signal });
    // Give in-flight requests a moment, then leave regardless.
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    server.close().then(
      () => process.exit(0),
      (error) => {
        logger.error('error while stopping', errorFields(error));
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((error) => {
  logger.error('failed to start', errorFields(error));
  process.exit(1);
});
