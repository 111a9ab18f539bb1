// 同义词: what people type (开饭店) mapped by an admin to what the catalogue calls it (餐饮, 食品经营).
// Every write is audited and tells the search to reload its copy.
import type { z } from 'zod';
import type { synonymInput, synonymSchema, synonymUpdate } from '../../../../common/api/catalog-bundles.ts';
import { appendAudit, type Actor } from '../../../platform/audit/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import { uuidv7 } from '../../../platform/db/index.ts';
import { AppError, notFound, versionConflict } from '../../../platform/errors/index.ts';
import { compactText } from '../../../platform/search/index.ts';
import * as repo from '../search-repository.ts';

export type Synonym = z.infer<typeof synonymSchema>;
type SynonymInput = z.infer<typeof synonymInput>;
type SynonymUpdate = z.infer<typeof synonymUpdate>;

export const synonymWhat = { zh: '同义词', en: 'Synonym' };

const present = (r: repo.SynonymRow): Synonym => ({ id: r.id, term: r.term, expansions: r.expansions, version: r.version });

const fieldError = (path: string, zh: string, en: string) => new AppError('VALIDATION_FAILED', { zh, en }, [{ path, message: { zh, en } }]);

const isUniqueViolation = (err: unknown) => String((err as { cause?: { code?: string } }).cause?.code ?? (err as { code?: string }).code) === '23505';

const taken = (term: string) => new AppError('CONFLICT', { zh: `同义词“${term}”已存在`, en: `The synonym "${term}" already exists` });

/** Trims, drops repeats and the term itself; a term or expansion needs a letter or digit to match anything. */
function clean(input: SynonymInput): SynonymInput {
  const term = input.term.trim();
  if (!compactText(term)) throw fieldError('body.term', '词条应包含文字或数字', 'the term needs a letter or a digit');
  const expansions = [...new Set(input.expansions.map((e) => e.trim()))].filter((e) => e !== term);
  if (expansions.length === 0 || expansions.some((e) => !compactText(e))) {
    throw fieldError('body.expansions', '请填写至少一个不同于词条、包含文字的同义词', 'give at least one expansion, different from the term, with a letter or digit');
  }
  return { term, expansions };
}

export interface SynonymService {
  list(): Promise<Synonym[]>;
  create(actor: Actor, input: SynonymInput): Promise<Synonym>;
  update(actor: Actor, id: string, input: SynonymUpdate): Promise<Synonym>;
  remove(actor: Actor, id: string, version?: number): Promise<void>;
}

export function createSynonymService(database: Database, deps: { changed: () => void }): SynonymService {
  const { db } = database;
  return {
    list: async () => (await repo.listSynonyms(db)).map(present),

    async create(actor, input) {
      const row = clean(input);
      try {
        const created = await db.transaction(async (tx) => {
          if (await repo.findSynonymByTerm(tx, row.term)) throw taken(row.term);
          const inserted = await repo.insertSynonym(tx, { id: uuidv7(), ...row });
          await appendAudit(tx, actor, { action: 'catalog.synonym.create', entity: 'search_synonym', entityId: inserted.id, change: row });
          return inserted;
        });
        return present(created);
      } catch (err) {
        if (isUniqueViolation(err)) throw taken(row.term);
        throw err;
      } finally {
        deps.changed();
      }
    },

    async update(actor, id, input) {
      const row = clean(input);
      try {
        const updated = await db.transaction(async (tx) => {
          const before = await repo.findSynonym(tx, id);
          if (!before) throw notFound(synonymWhat);
          if (before.version !== input.version) throw versionConflict(synonymWhat);
          const other = await repo.findSynonymByTerm(tx, row.term);
          if (other && other.id !== id) throw taken(row.term);
          const after = await repo.updateSynonym(tx, id, input.version, row);
          if (!after) throw versionConflict(synonymWhat);
          await appendAudit(tx, actor, {
            action: 'catalog.synonym.update',
            entity: 'search_synonym',
            entityId: id,
            change: { before: { term: before.term, expansions: before.expansions }, after: row },
          });
          return after;
        });
        return present(updated);
      } catch (err) {
        if (isUniqueViolation(err)) throw taken(row.term);
        throw err;
      } finally {
        deps.changed();
      }
    },

    async remove(actor, id, version) {
      try {
        await db.transaction(async (tx) => {
          const before = await repo.findSynonym(tx, id);
          if (!before) throw notFound(synonymWhat);
          if (version !== undefined && before.version !== version) throw versionConflict(synonymWhat);
          if (!(await repo.deleteSynonym(tx, id))) throw notFound(synonymWhat);
          await appendAudit(tx, actor, { action: 'catalog.synonym.delete', entity: 'search_synonym', entityId: id, change: { term: before.term, expansions: before.expansions } });
        });
      } finally {
        deps.changed();
      }
    },
  };
}
