// What a request log line may say: method, URL and address, with ID and phone numbers masked (a
// search by ID number puts one in the query string). Headers are left out: cookies and tokens
// must not reach the log.
import type { FastifyRequest } from 'fastify';
import { redactPersonalData } from '../../../common/ids/index.ts';

export const requestLogSerializers = {
  req(request: FastifyRequest) {
    return { method: request.method, url: redactPersonalData(request.url), remoteAddress: request.ip };
  },
};
