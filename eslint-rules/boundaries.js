// House import rules (DESIGN.md §4, §5.4), checked on every relative import:
// - common/ imports nothing from server/ or web/;
// - web/ never imports server/;
// - a module (server/modules/<name>) or platform piece (server/platform/<name>) is entered by
//   others only through its index.ts.
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

function area(file) {
  const rel = path.relative(root, file).split(path.sep);
  return rel[0] === 'web' ? 'web' : rel[0];
}

/** For a file inside a room, returns e.g. "server/modules/org"; else null. */
function room(file) {
  const rel = path.relative(root, file).split(path.sep);
  if (rel[0] === 'server' && (rel[1] === 'modules' || rel[1] === 'platform') && rel.length > 3) {
    return rel.slice(0, 3).join('/');
  }
  return null;
}

function isRoomEntry(target) {
  const rel = path.relative(root, target).split(path.sep);
  return rel.length === 4 && /^index\.(ts|tsx|js)$/.test(rel[3]);
}

export const boundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the import boundaries of the house plan' },
    schema: [],
    messages: {
      commonImport: 'common/ must not import from {{target}}/ (it is shared by server and web).',
      webImportsServer: 'web/ must not import server code; share contracts through common/.',
      notThroughIndex: 'Import {{room}} only through its index.ts, not {{file}}.',
    },
  },
  create(context) {
    const file = context.filename;
    const fromArea = area(file);
    const fromRoom = room(file);
    function check(node) {
      const spec = node.source && node.source.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), spec);
      const toArea = area(target);
      if (fromArea === 'common' && (toArea === 'server' || toArea === 'web')) {
        context.report({ node: node.source, messageId: 'commonImport', data: { target: toArea } });
        return;
      }
      if (fromArea === 'web' && toArea === 'server') {
        context.report({ node: node.source, messageId: 'webImportsServer' });
        return;
      }
      const toRoom = room(target);
      // The schema index (server/db) gathers every room's tables for migrations; nothing else may.
      const schemaIndex = fromArea === 'server' && path.relative(root, file).startsWith(`server${path.sep}db${path.sep}`);
      if (schemaIndex && /tables\.ts$/.test(target)) return;
      if (toRoom && toRoom !== fromRoom && !isRoomEntry(target)) {
        context.report({
          node: node.source,
          messageId: 'notThroughIndex',
          data: { room: toRoom, file: path.relative(root, target) },
        });
      }
    }
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: (n) => check({ source: n.source }) };
  },
};

export default { rules: { boundaries } };
