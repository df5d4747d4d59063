import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** Types worth compressing; images and fonts other than SVG are compressed already. */
const compressible = new Set(['.html', '.js', '.css', '.svg', '.json']);

/** For a file named after its content: a new build gives it a new name, so it never changes. */
export const immutableCaching = 'public, max-age=31536000, immutable';
/** For everything else (index.html above all): the browser asks again every time. */
export const revalidateCaching = 'no-cache';

/**
 * Whether a path (relative to the renderer folder, with `/`) is one of Vite's content-hashed
 * assets: `assets/<name>-<hash>.<ext>`, the hash being 8 base64url characters. A hash always holds
 * an upper-case letter or a digit here, so a plain word such as `app-settings.js` does not count:
 * mistaking a hashed name for a plain one costs a download, the other way round a stale file.
 */
export function isHashedAsset(path: string): boolean {
  const match = /^assets\/(?:[^/]+\/)*[^/]+-([A-Za-z0-9_-]{8})\.[A-Za-z0-9]+$/.exec(path);
  return match !== null && /[A-Z0-9]/.test(match[1]!);
}

export type Encoding = 'br' | 'gzip';

/** A file held in memory with its compressed forms, each made once. */
export interface StaticFile {
  readonly type: string;
  readonly cacheControl: string;
  readonly identity: Buffer;
  gzip?: Buffer;
  /** Added once Brotli (slow at its best quality) has finished; gzip is served until then. */
  br?: Buffer;
}

/**
 * The encoding to send for an Accept-Encoding header, among those the file has: the one with the
 * highest q-value, Brotli on a tie; none (identity) when nothing acceptable is available.
 */
export function chooseEncoding(
  acceptEncoding: string | undefined,
  file: Pick<StaticFile, 'gzip' | 'br'>,
): Encoding | null {
  if (!acceptEncoding) return null;
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    let value = 1;
    for (const param of params) {
      const [key, raw] = param.trim().split('=');
      if (key === 'q') value = Number(raw);
    }
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const quality = (name: string): number => q.get(name) ?? q.get('*') ?? 0;
  const candidates = (['br', 'gzip'] as const).filter((name) => file[name] && quality(name) > 0);
  if (candidates.length === 0) return null;
  return candidates.reduce((best, name) => (quality(name) > quality(best) ? name : best));
}

export interface StaticFilesOptions {
  /** The folder served (the built renderer). */
  root: string;
  /** Changes a file's content before it is cached. */
  rewrite?: (relativePath: string, content: Buffer) => Buffer;
}

/**
 * The built renderer, read and compressed once and then served from memory. `preload` warms the
 * whole folder at start; a file asked for before (or added after) is loaded on its first request.
 * A missing file is not remembered, so a later build's files are found.
 */
export class StaticFiles {
  readonly #root: string;
  readonly #rewrite: StaticFilesOptions['rewrite'];
  readonly #files = new Map<string, Promise<StaticFile | null>>();
  readonly #pending = new Set<Promise<void>>();
  #compressions = 0;

  constructor(options: StaticFilesOptions) {
    this.#root = options.root;
    this.#rewrite = options.rewrite;
  }

  /** How many compressions ran so far (one per encoding per file, never one per request). */
  get compressions(): number {
    return this.#compressions;
  }

  /** Loads and compresses every file below the root; resolves when all encodings are ready. */
  async preload(): Promise<void> {
    let entries;
    try {
      entries = await readdir(this.#root, { withFileTypes: true, recursive: true });
    } catch {
      return;
    }
    // A file that fails here is tried again on its first request.
    await Promise.allSettled(
      entries.filter((entry) => entry.isFile()).map((entry) => this.get(join(entry.parentPath, entry.name))),
    );
    await this.settled();
  }

  /** Resolves when every compression started so far has finished (Brotli included). */
  async settled(): Promise<void> {
    while (this.#pending.size > 0) await Promise.all([...this.#pending]);
  }

  /**
   * A file by its absolute path (already checked to lie below the root), or null when it does not
   * exist. Resolves once the file and its gzip form are ready; Brotli follows in the background.
   */
  get(file: string): Promise<StaticFile | null> {
    let loaded = this.#files.get(file);
    if (!loaded) {
      loaded = this.#load(file);
      this.#files.set(file, loaded);
      loaded.then(
        (value) => {
          if (value === null) this.#files.delete(file);
        },
        () => this.#files.delete(file),
      );
    }
    return loaded;
  }

  async #load(file: string): Promise<StaticFile | null> {
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      return null;
    }
    const path = relative(this.#root, file).split(sep).join('/');
    const identity = this.#rewrite ? this.#rewrite(path, content) : content;
    const extension = extname(file);
    const entry: StaticFile = {
      type: contentTypes[extension] ?? 'application/octet-stream',
      cacheControl: isHashedAsset(path) ? immutableCaching : revalidateCaching,
      identity,
    };
    if (!compressible.has(extension)) return entry;
    entry.gzip = smaller(await this.#compress(() => gzipAsync(identity, { level: 9 })), identity);
    const brotli = this.#compress(() =>
      brotliAsync(identity, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: identity.length,
        },
      }),
    ).then(
      (compressed) => {
        entry.br = smaller(compressed, identity);
      },
      (error: unknown) => console.error(`ReStride host: Brotli failed for ${path}`, error),
    );
    this.#pending.add(brotli);
    void brotli.finally(() => this.#pending.delete(brotli));
    return entry;
  }

  #compress(compress: () => Promise<Buffer>): Promise<Buffer> {
    this.#compressions++;
    const running = compress();
    const tracked = running.then(
      () => undefined,
      () => undefined,
    );
    this.#pending.add(tracked);
    void tracked.finally(() => this.#pending.delete(tracked));
    return running;
  }
}

/** A compressed form is kept only when it is smaller than the file itself. */
function smaller(compressed: Buffer, identity: Buffer): Buffer | undefined {
  return compressed.length < identity.length ? compressed : undefined;
}
