import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The web app lives in web/; the API server (server/) serves web/dist in production and answers
// the proxied paths below during `vite` development.
const webRoot = fileURLToPath(new URL('./web', import.meta.url));
const outDir = fileURLToPath(new URL('./web/dist', import.meta.url));
const apiTarget = process.env.YINGSHANG_API_URL ?? 'http://localhost:3000';
// /verify/<code> is a client route (the public licence check); its API lives under /api.
const proxied = ['/api', '/metrics', '/open311'];

/**
 * Vendor chunks: stable and cacheable across releases. Icons stay with antd: they share its utilities,
 * and a separate chunk would import antd's chunk and be imported by it (a circular chunk).
 */
function vendorChunk(id: string): string | undefined {
  if (!id.includes('/node_modules/')) return undefined;
  // The JSON Schema form renderer (rjsf and what it pulls in) loads only with the pages that show a form.
  if (/\/node_modules\/(@rjsf|ajv|ajv-formats|fast-deep-equal|fast-uri|json-schema-traverse|jsonpointer|json-schema-merge-allof|json-schema-compare|compute-gcd|compute-lcm|validate\.io-[^/]+|lodash|lodash-es|markdown-to-jsx|nanoid)\//.test(id)) return 'forms';
  if (/\/node_modules\/(react|react-dom|scheduler|react-router|cookie|set-cookie-parser)\//.test(id))
    return 'react';
  if (/\/node_modules\/(i18next|react-i18next|html-parse-stringify|void-elements)\//.test(id)) return 'i18n';
  // The data-heavy components only the work pages use (tables, trees, date pickers) load with those
  // pages, not with the sign-in and landing pages. Their locale files stay in `antd`, which imports them.
  if (/\/node_modules\/(antd\/es\/(table|tree|tree-select|date-picker|calendar|time-picker)\/|(rc-table|rc-tree|rc-tree-select|rc-picker)\/|@rc-component\/(table|tree|tree-select|picker)\/)/.test(id) && !/\/locale\//.test(id)) {
    return 'antd-data';
  }
  if (
    /\/node_modules\/(antd|@ant-design|@rc-component|rc-[^/]+|@emotion|stylis|dayjs|classnames|throttle-debounce|scroll-into-view-if-needed|compute-scroll-into-view|copy-to-clipboard|toggle-selection|resize-observer-polyfill|json2mq|string-convert|react-is|@babel\/runtime)\//.test(
      id,
    )
  ) {
    return 'antd';
  }
  // Charts (the 好差评 overview) load only with the pages that draw one.
  if (/\/node_modules\/(echarts|zrender)\//.test(id)) return 'echarts';
  return 'vendor';
}

export default defineConfig(({ mode }) => ({
  // `vitest run` (unit tests) loads this file too when no vitest.config exists; keep its root at the
  // repository so server/ and common/ tests are found.
  root: mode === 'test' ? undefined : webRoot,
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: false,
    // antd's core (layout, menu, form, modal, …) is one cacheable chunk of ≈ 840 kB (≈ 270 kB gzip).
    chunkSizeWarningLimit: 900,
    rollupOptions: {
      output: { manualChunks: vendorChunk },
    },
  },
  server: {
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: apiTarget, changeOrigin: false }])),
  },
  preview: {
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: apiTarget, changeOrigin: false }])),
  },
}));
