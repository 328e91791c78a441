// Article bodies live beside Astro's data store, one file per article, not inside it. Astro
// bundles the whole data store into the build as one JavaScript module and parses it back for
// every build, partial ones included; bodies are most of its bytes (10,000 articles: 75 MB of
// store, ~55 MB of it Markdown). Pages read a body only when they render it.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { writeFileAtomic } from 'shared-types/runtime';
import path from 'node:path';
import { dataDir } from './strapi-config';

function bodyDir(): string {
  return path.join(dataDir(), 'astro-cache', 'bodies');
}

function bodyFile(documentId: string): string {
  if (!/^[\w-]+$/.test(documentId)) throw new Error(`unexpected documentId: ${documentId}`);
  return path.join(bodyDir(), `${documentId}.md`);
}

/** Stores a body; written to a temporary file and renamed, so a crash never leaves half a body. */
export function writeBody(documentId: string, body: string) {
  writeFileAtomic(bodyFile(documentId), body);
}

export function readBody(documentId: string): string {
  try {
    return readFileSync(bodyFile(documentId), 'utf8');
  } catch (error) {
    throw new Error(
      `The body of article ${documentId} is missing from ${bodyDir()}; delete that folder's parent (the Astro cache) to rebuild it from Strapi.`,
      {
        cause: error,
      },
    );
  }
}

export function deleteBody(documentId: string) {
  rmSync(bodyFile(documentId), { force: true });
}

export function clearBodies() {
  rmSync(bodyDir(), { recursive: true, force: true });
}

/** Whether the body folder exists (a store whose bodies were deleted must be refilled). */
export function hasBodies(): boolean {
  return existsSync(bodyDir());
}
