// Configuration is read once from the environment, checked by zod, and frozen.
// A bad value stops start-up with one line naming the variable (DESIGN.md §5.8).
import { z } from 'zod';
import { MAX_UPLOAD_BYTES, MIB } from '../common/api/files.ts';

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''], { error: 'must be 1 or 0 (true/false, yes/no)' })
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// or postgresql:// URL');

const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number({ error: `must be a whole number from ${min} to ${max}` })
    .int(`must be a whole number from ${min} to ${max}`)
    .min(min, `must be a whole number from ${min} to ${max}`)
    .max(max, `must be a whole number from ${min} to ${max}`);

export const configSchema = z.object({
  PORT: wholeNumber(0, 65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_READ_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: wholeNumber(1, 200).default(10),
  SECRET_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  DEMO: bool.default(false),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'must be one of fatal, error, warn, info, debug, trace, silent' })
    .default('info'),
  RATE_LIMIT_PER_MINUTE: wholeNumber(1, 1_000_000_000).default(600),
  TRUST_PROXY: bool.default(false),
  WEB_DIST: z.string().min(1).default('web/dist'),
  // Sign-in and sessions (the identity issue). Defaults follow common government-system practice.
  /** Mark cookies Secure (set it when users reach the platform over HTTPS). */
  COOKIE_SECURE: bool.default(false),
  SESSION_IDLE_MINUTES: wholeNumber(1, 24 * 60).default(30),
  SESSION_MAX_HOURS: wholeNumber(1, 24 * 30).default(12),
  /** Seconds a process reuses a resolved session; sign-out elsewhere takes effect here within this time. 0 = off. */
  SESSION_CACHE_SECONDS: wholeNumber(0, 60).default(5),
  LOGIN_MAX_FAILURES: wholeNumber(1, 100).default(5),
  LOGIN_LOCK_MINUTES: wholeNumber(1, 24 * 60).default(15),
  /** Audit rows are kept at least this long (等保: ≥ 180 days). */
  AUDIT_RETENTION_DAYS: wholeNumber(180, 36500).default(365),
  // Single sign-on through OpenID Connect (e.g. a province's unified identity platform); off unless OIDC_ISSUER is set.
  OIDC_ISSUER: z.string().url('must be the issuer URL').optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_REDIRECT_URI: z.string().url('must be this server\'s callback URL, …/api/v1/auth/oidc/callback').optional(),
  OIDC_LABEL: z.string().min(1).max(40).default('统一身份认证'),
  /** Which ID-token claim names the local user (matched against usernames). */
  OIDC_USERNAME_CLAIM: z.string().min(1).default('preferred_username'),
  // Email copies of notifications (站内消息 are always kept); off unless SMTP_URL is set.
  /** e.g. smtp://user:pass@mail.example.gov.cn:587 (STARTTLS when offered) or smtps://…:465 */
  SMTP_URL: z.string().regex(/^smtps?:\/\/.+/, 'must be an smtp:// or smtps:// URL').optional(),
  SMTP_FROM: z.string().min(1).default('营商通 <noreply@localhost>'),
  // Uploaded files (materials, attachments): on the local disk under DATA_DIR/files, or in an S3-compatible bucket.
  FILES_STORE: z.enum(['local', 's3'], { error: 'must be local or s3' }).default('local'),
  /** e.g. https://minio.example.gov.cn:9000 or https://oss-cn-huhehaote.aliyuncs.com; unset for AWS S3 itself. */
  FILES_S3_ENDPOINT: z.string().url('must be the S3 endpoint URL').optional(),
  FILES_S3_REGION: z.string().min(1).default('us-east-1'),
  FILES_S3_BUCKET: z.string().min(1).optional(),
  FILES_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  FILES_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** https://host/bucket/key addressing; defaults to on when FILES_S3_ENDPOINT is set (MinIO), off otherwise (AWS, OSS). */
  FILES_S3_FORCE_PATH_STYLE: bool.optional(),
  /** The largest upload, in MiB (the files are held in memory while checked). */
  FILES_MAX_MB: wholeNumber(1, 200).default(MAX_UPLOAD_BYTES / MIB),
  // 好差评: the rating window and the bad-rating loop's time limits (working days unless named).
  /** Calendar days after a case ends in which its applicant may rate it (and, once rated, add a 追评). */
  EVALUATION_RATING_DAYS: wholeNumber(1, 365).default(30),
  /** Working days the handling unit has to verify a 差评 through a named person. */
  EVALUATION_VERIFY_DAYS: wholeNumber(1, 30).default(3),
  /** Working days for the whole loop (verify, decide, call back), not counting a ledger fix's own time. */
  EVALUATION_LOOP_DAYS: wholeNumber(1, 60).default(5),
  /** Working days a complex 差评's ledger fix is given (DOMAIN.md: default 15). */
  EVALUATION_LEDGER_DAYS: wholeNumber(1, 120).default(15),
});

export type Config = Readonly<
  z.infer<typeof configSchema> & {
    /** Which engine the primary database is: the embedded PGlite or a PostgreSQL server. */
    engine: 'pglite' | 'postgres';
    /** True when SECRET_KEY was not given and a development key is in use. */
    secretKeyIsDefault: boolean;
    secretKey: string;
  }
>;

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly problem: string,
  ) {
    super(`配置错误 invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

// Used only when SECRET_KEY is unset, so that `npm start` works out of the box; production must set it.
const DEV_SECRET = 'yingshang-development-secret-do-not-use-in-production';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const picked: Record<string, string | undefined> = {};
  for (const key of Object.keys(configSchema.shape)) {
    const value = env[key];
    // An empty variable means "not set" except for flags, where '' parses as false.
    if (value !== undefined && value !== '') picked[key] = value;
  }
  const parsed = configSchema.safeParse(picked);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0] ?? 'environment');
    const given = picked[variable];
    // Never echo a secret or a connection string (it may carry a password).
    const secret = ['SECRET_KEY', 'DATABASE_URL', 'DATABASE_READ_URL', 'OIDC_CLIENT_SECRET', 'SMTP_URL', 'FILES_S3_SECRET_ACCESS_KEY'].includes(variable);
    const shown = given !== undefined && !secret ? ` (got "${given}")` : '';
    throw new ConfigError(variable, `${issue.message}${shown}`);
  }
  const c = parsed.data;
  if (c.OIDC_ISSUER && (!c.OIDC_CLIENT_ID || !c.OIDC_REDIRECT_URI)) {
    throw new ConfigError(c.OIDC_CLIENT_ID ? 'OIDC_REDIRECT_URI' : 'OIDC_CLIENT_ID', 'is required when OIDC_ISSUER is set');
  }
  if (c.FILES_STORE === 's3') {
    const missing = (['FILES_S3_BUCKET', 'FILES_S3_ACCESS_KEY_ID', 'FILES_S3_SECRET_ACCESS_KEY'] as const).find((key) => !c[key]);
    if (missing) throw new ConfigError(missing, 'is required when FILES_STORE=s3');
  }
  return Object.freeze({
    ...c,
    engine: c.DATABASE_URL ? 'postgres' : 'pglite',
    secretKeyIsDefault: !c.SECRET_KEY,
    secretKey: c.SECRET_KEY ?? DEV_SECRET,
  });
}
