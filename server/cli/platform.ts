import { loadConfig } from '../config.ts';
import { openPlatform } from '../boot.ts';
import type { Services } from '../services.ts';

/** Opens the configured database (migrated), runs `work`, and closes it again. */
export async function withPlatform<T>(work: (services: Services) => Promise<T>): Promise<T> {
  const services = await openPlatform(loadConfig());
  try {
    return await work(services);
  } finally {
    await services.database.close();
  }
}
