import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { contentSecurityPolicy, cspProblems } from './electron/main/content-security-policy';

const root = import.meta.dirname;

/**
 * Makes sure the built index.html carries a strict CSP. The page is loaded from file://, which has
 * no response headers, so the meta tag is the policy of the packaged app (and of browser mode,
 * which serves the same build). A policy the page declares itself is kept if it passes
 * `cspProblems`, and fails the build otherwise; a page without one gets ours injected.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'restride:csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      const declared =
        /<meta\s[^>]*http-equiv=["']Content-Security-Policy["'][^>]*content=(?:"([^"]*)"|'([^']*)')/i.exec(
          html,
        );
      const policy = declared?.[1] ?? declared?.[2];
      if (policy !== undefined) {
        const problems = cspProblems(policy);
        if (problems.length > 0) {
          throw new Error(
            `src/renderer/index.html: Content-Security-Policy too weak: ${problems.join('; ')}`,
          );
        }
        return html;
      }
      return [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: contentSecurityPolicy({ kind: 'production' }),
          },
          injectTo: 'head-prepend',
        },
      ];
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
      },
    },
  },
});
