// Bytes in an S3-compatible bucket (AWS S3, MinIO, Ceph RGW, 阿里云 OSS, 华为云 OBS …) through the
// AWS SDK. The SDK is loaded on first use, so a server on the local disk never pays for it.
import type * as S3Sdk from '@aws-sdk/client-s3';
import type { Readable } from 'node:stream';
import { checkKey, StoredBytesMissing, type FileStore } from './store.ts';

export interface S3StoreOptions {
  /** e.g. https://minio.example.gov.cn:9000; omitted for AWS itself. */
  endpoint?: string | undefined;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `https://host/bucket/key` rather than `https://bucket.host/key` (MinIO and most self-hosted stores). */
  forcePathStyle: boolean;
  /** Milliseconds to wait for a connection and for a reply (default 5 000 and 60 000). */
  connectTimeoutMs?: number;
  requestTimeoutMs?: number;
}

type Sdk = typeof S3Sdk;

const isMissing = (err: unknown) => {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
};

export function s3Store(options: S3StoreOptions): FileStore {
  let loaded: Promise<{ sdk: Sdk; client: S3Sdk.S3Client }> | null = null;
  const connect = () =>
    (loaded ??= import('@aws-sdk/client-s3').then((sdk) => ({
      sdk,
      client: new sdk.S3Client({
        ...(options.endpoint ? { endpoint: options.endpoint } : {}),
        region: options.region,
        forcePathStyle: options.forcePathStyle,
        credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
        // Send checksums only where S3 requires them: many S3-compatible stores refuse the newer
        // CRC headers the SDK adds by default.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        maxAttempts: 3,
        requestHandler: { connectionTimeout: options.connectTimeoutMs ?? 5000, requestTimeout: options.requestTimeoutMs ?? 60_000 },
      }),
    })));
  const Bucket = options.bucket;

  return {
    kind: 's3',

    async put(key, bytes, meta) {
      const { sdk, client } = await connect();
      await client.send(
        new sdk.PutObjectCommand({ Bucket, Key: checkKey(key), Body: bytes, ContentLength: bytes.length, ...(meta?.contentType ? { ContentType: meta.contentType } : {}) }),
      );
    },

    async get(key) {
      const { sdk, client } = await connect();
      try {
        const reply = await client.send(new sdk.GetObjectCommand({ Bucket, Key: checkKey(key) }));
        if (!reply.Body) throw new StoredBytesMissing(key);
        // In Node the body is the HTTP response stream.
        return reply.Body as Readable;
      } catch (err) {
        if (isMissing(err)) throw new StoredBytesMissing(key);
        throw err;
      }
    },

    async remove(key) {
      const { sdk, client } = await connect();
      try {
        await client.send(new sdk.DeleteObjectCommand({ Bucket, Key: checkKey(key) }));
      } catch (err) {
        if (!isMissing(err)) throw err;
      }
    },
  };
}
