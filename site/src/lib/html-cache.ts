// Sanitized HTML of long Markdown (article bodies) kept on disk beside the build's data, by the
// hash of the Markdown. Rendering a body (marked, parse5, sanitize-html) takes milliseconds; each
// is rendered for its page and again for every feed it is in, by every full build and by the
// resident renderer after each edit (a unit's feed: 50 bodies). Reading a file is a tenth of that.
// Entries are filed under a key of the rendering rules (the libraries' versions and the code that
// renders), so new rules never meet an old rendering; the folder of other keys is removed.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { writeFileAtomic } from 'shared-types/runtime';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The version of an installed package, found from its entry point (some do not export package.json). */
export function packageVersion(name: string, from: string): string {
  let dir = path.dirname(createRequire(from).resolve(name));
  for (;;) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (manifest.name === name) return manifest.version ?? '';
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no package.json of ${name} above ${from}`);
    dir = up;
  }
}

export class HtmlCache {
  private readonly root: string;
  private readonly dir: string;
  private cleaned = false;

  /** `root`: the folder of every key's cache; `rules`: what the rendering depends on besides the Markdown. */
  constructor(root: string, rules: string) {
    this.root = root;
    this.dir = path.join(root, createHash('sha256').update(rules).digest('hex').slice(0, 16));
  }

  private file(markdown: string): string {
    const hash = createHash('sha256').update(markdown).digest('hex');
    return path.join(this.dir, hash.slice(0, 2), `${hash.slice(2, 32)}.html`);
  }

  get(markdown: string): string | undefined {
    try {
      return readFileSync(this.file(markdown), 'utf8');
    } catch {
      return undefined;
    }
  }

  /** Stores through a temporary file and a rename: a reader (a build beside the renderer) never sees half. */
  set(markdown: string, html: string) {
    const file = this.file(markdown);
    if (!this.cleaned) {
      this.cleaned = true;
      // Renderings under other rules are never read again.
      if (existsSync(this.root))
        for (const other of readdirSync(this.root))
          if (other !== path.basename(this.dir))
            rmSync(path.join(this.root, other), { recursive: true, force: true });
    }
    writeFileAtomic(file, html);
  }
}
