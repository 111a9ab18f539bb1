import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/client.ts';
import { problemKind, renamedFields, staleMessage } from './saveProblem.ts';

const problem = (status: number, code: string, errors: { path: string; message: string }[] = []) =>
  new ApiError({ type: 'about:blank', title: code, detail: `${code} detail`, status, code, errors });

describe('a failed save of the ledger structure', () => {
  it('tells a stale version from a taken code and from field errors', () => {
    expect(problemKind(problem(409, 'VERSION_CONFLICT'))).toBe('stale');
    expect(problemKind(problem(409, 'CONFLICT'))).toBe('duplicate');
    expect(problemKind(problem(409, 'CONFLICT', [{ path: 'body.code', message: 'taken' }]))).toBe('other');
    expect(problemKind(problem(422, 'UNPROCESSABLE', [{ path: 'heldOn', message: 'held' }]))).toBe('other');
    expect(problemKind(problem(401, 'UNAUTHENTICATED'))).toBe('session');
    expect(problemKind(new Error('boom'))).toBe('other');
  });

  it('gives the conflict’s own words only for a stale version', () => {
    expect(staleMessage(problem(409, 'VERSION_CONFLICT'))).toBe('VERSION_CONFLICT detail');
    expect(staleMessage(problem(409, 'CONFLICT'))).toBeNull();
  });
});

describe('field errors under fields the form names otherwise', () => {
  it('renames the paths it is told and keeps the rest', () => {
    const error = problem(400, 'VALIDATION_FAILED', [
      { path: 'body.periodEnd', message: 'ends before it starts' },
      { path: 'body.code', message: 'required' },
    ]);
    const renamed = renamedFields(error, (path) => (path.endsWith('periodEnd') ? 'period' : null));
    expect(renamed).toBeInstanceOf(ApiError);
    expect((renamed as ApiError).errors).toEqual([
      { path: 'period', message: 'ends before it starts' },
      { path: 'body.code', message: 'required' },
    ]);
    expect((renamed as ApiError).status).toBe(400);
    expect((renamed as ApiError).userMessage).toBe(error.userMessage);
  });

  it('passes other failures through', () => {
    const plain = new Error('boom');
    expect(renamedFields(plain, () => 'x')).toBe(plain);
    const bare = problem(409, 'CONFLICT');
    expect(renamedFields(bare, () => 'x')).toBe(bare);
  });
});
