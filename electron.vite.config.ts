import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { countCspMetaTags, withProductionCspMeta } from './electron/main/content-security-policy';

const root = import.meta.dirname;

/**
 * Writes the one strict CSP (electron/main/content-security-policy.ts) into the built index.html.
 * The meta tag travels with the page wherever it is served: the packaged app (restride://app/,
 * which also sends it as a header), `npm start`, and browser mode, which serves the same build. The source page must not
 * declare a policy of its own: a second definition would drift (issue 12 item 12).
 */
export function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'restride:csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (countCspMetaTags(html) > 0) {
          throw new Error(
            'src/renderer/index.html declares a Content-Security-Policy: remove it, the policy lives in ' +
              'electron/main/content-security-policy.ts and is written into the built page',
          );
        }
        return withProductionCspMeta(html);
      },
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      lib: {
        entry: {
          index: resolve(root, 'electron/main/index.ts'),
          // A restore copies, checks and migrates the chosen backup in a worker thread, which
          // loads its own file: out/main/restore-worker.js (see electron/main/paths.ts).
          'restore-worker': resolve(root, 'src/backend/backup/restore-worker.ts'),
        },
        formats: ['es'],
      },
      // Runtime dependencies stay in node_modules (electron-builder ships them). Listed explicitly
      // because bundling them breaks: better-sqlite3 loads a native .node file and pdfkit reads
      // its font metric files from its own package folder at run time.
      externalizeDeps: { include: ['better-sqlite3', 'pdfkit', 'fontkit'] },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      lib: { entry: resolve(root, 'electron/preload/index.ts'), formats: ['cjs'] },
      // A sandboxed preload can require only 'electron' (and a few built-ins): everything else
      // must be bundled in, so nothing is externalized here.
      externalizeDeps: false,
      rolldownOptions: {
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    plugins: [react(), contentSecurityPolicyMeta()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // electron-vite leaves bundles unminified; the renderer is also served in browser mode,
      // where its size is the start-up time.
      minify: true,
      rolldownOptions: {
        input: resolve(root, 'src/renderer/index.html'),
        output: {
          // The big libraries in chunks of their own: each stays under Vite's 500 kB warning (which
          // read like an error on the first `npm run web`), and a change to the app's code leaves
          // them cached. Charts (recharts and what it brings) still load with the client screen only.
          codeSplitting: {
            groups: [
              {
                name: 'react',
                test: /node_modules[\\/](react|react-dom|scheduler|use-sync-external-store)[\\/]/,
              },
              { name: 'mantine', test: /node_modules[\\/]@mantine[\\/]/ },
              {
                name: 'charts',
                test: /node_modules[\\/](recharts|d3-[a-z-]+|victory-vendor|decimal\.js-light|@reduxjs|immer|reselect|redux|react-redux)[\\/]/,
              },
            ],
          },
        },
      },
    },
  },
});
