/**
 * The renderer's Content-Security-Policy, in one place so the built page (meta tag, written by
 * electron.vite.config.ts through `withProductionCspMeta`) and the dev server's responses (header,
 * set in security.ts) agree. src/renderer/index.html declares no policy of its own.
 *
 * The meta tag goes wherever the built page goes (the app scheme, browser mode), so it is the
 * policy the page always has; app-protocol.ts also sends it as a header. Directives a meta tag cannot carry
 * (frame-ancestors, report-uri, sandbox) are therefore left out.
 */
export type CspMode = { kind: 'production' } | { kind: 'dev'; devServerOrigin: string };

export function contentSecurityPolicy(mode: CspMode): string {
  const dev = mode.kind === 'dev';
  const directives: Record<string, string[]> = {
    'default-src': ["'none'"],
    // Dev only: Vite's React Refresh preamble is an inline module script.
    'script-src': dev ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    // Mantine injects <style> elements and style attributes at run time.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
    // 'self' serves browser mode (fetch to /api on the same origin); Electron talks over IPC.
    // Dev adds the dev server's websocket for hot reload.
    'connect-src': dev ? ["'self'", toWebSocketOrigin(mode.devServerOrigin)] : ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

function toWebSocketOrigin(httpOrigin: string): string {
  const url = new URL(httpOrigin);
  return `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`;
}

/** A `<meta http-equiv="Content-Security-Policy" …>` tag, however its attributes are quoted. */
const cspMetaTag = /<meta\b[^>]*\bhttp-equiv\s*=\s*(["']?)Content-Security-Policy\1(?=[\s/>])[^>]*>/gi;

/** How many CSP meta tags a page declares (the source page must declare none: the policy lives here). */
export function countCspMetaTags(html: string): number {
  return [...html.matchAll(cspMetaTag)].length;
}

/**
 * The page as shipped: any policy it declares is dropped and the production policy above is put
 * first in <head>, before any script or stylesheet, so the built index.html carries exactly this
 * file's policy. Used by electron.vite.config.ts at build time.
 */
export function withProductionCspMeta(html: string): string {
  const policy = contentSecurityPolicy({ kind: 'production' })
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;');
  const stripped = html.replace(cspMetaTag, '');
  // After <meta charset> when it opens <head> (the charset must come first), else first in <head>.
  const head = /<head\b[^>]*>(\s*<meta\s+charset\s*=[^>]*>)?/i.exec(stripped);
  if (!head) {
    throw new Error('index.html has no <head>: cannot place the Content-Security-Policy meta tag');
  }
  const at = head.index + head[0].length;
  const tag = `\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  return stripped.slice(0, at) + tag + stripped.slice(at);
}

/**
 * What makes a policy too weak for this app, as readable problems (empty when fine). Used by the
 * build, which refuses to emit a page whose own meta policy fails it, and by the tests.
 */
export function cspProblems(policy: string): string[] {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) {
      directives.set(name.toLowerCase(), sources);
    }
  }
  const problems: string[] = [];
  const effective = (name: string): string[] | undefined =>
    directives.get(name) ?? directives.get('default-src');
  const scripts = effective('script-src');
  if (!scripts) {
    problems.push('no script-src or default-src: scripts from anywhere would run');
  } else {
    for (const weak of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:', 'file:']) {
      if (scripts.includes(weak)) {
        problems.push(`script-src allows ${weak}`);
      }
    }
  }
  const objects = effective('object-src');
  if (!objects || !(objects.length === 1 && objects[0] === "'none'")) {
    problems.push("object-src is not 'none'");
  }
  if (!directives.has('base-uri')) {
    problems.push('no base-uri: an injected <base> could redirect relative script URLs');
  }
  return problems;
}
