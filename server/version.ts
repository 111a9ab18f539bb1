import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/** The package version, reported by /api/health and the OpenAPI document. */
export const version: string = pkg.version;
