// config → db → migrate → (demo seed) → app → listen.
import { loadConfig, type Config } from './config.ts';
import { buildApp } from './app.ts';
import { openPlatform } from './boot.ts';
import { ensureFirstAdmin, seedIfEmpty } from './seed/index.ts';
import { startHousekeeping } from './housekeeping.ts';

export async function serve(config: Config = loadConfig()) {
  const services = await openPlatform(config);
  const { app } = await buildApp(services);
  if (config.secretKeyIsDefault) {
    app.log.warn('SECRET_KEY is not set: using the development key. Set SECRET_KEY (≥ 32 characters) in production.');
  }
  if (config.DEMO) {
    const seeded = await seedIfEmpty(services, { seed: 2026, scale: 'small', log: (line) => app.log.info(line) });
    if (seeded) app.log.info('demo city seeded (DEMO=1)');
  } else {
    // The one-time password goes to the log once, at warn level so LOG_LEVEL=warn still shows it.
    await ensureFirstAdmin(services, { type: 'system', id: 'first-start' }, (line) => app.log.warn(line));
  }
  const stopHousekeeping = startHousekeeping(services, app.log);
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await stopHousekeeping();
    await services.database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.PORT, host: config.HOST });
  app.log.info(`营商通 listening on http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT} (${services.database.engine})`);
  return app;
}
