// The repository stands alone: what its code imports is declared by a package.json of its own (a
// package found only because another one pulled it in goes with that one's next upgrade), and its
// files cite nothing outside it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../paths.ts';

const tracked = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
  cwd: ROOT,
  encoding: 'utf8',
})
  .split('\0')
  .filter(Boolean);

interface PackageJson {
  name: string;
  workspaces?: string[];
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}
const readPackage = (dir: string) =>
  JSON.parse(readFileSync(path.join(ROOT, dir, 'package.json'), 'utf8')) as PackageJson;
const root = readPackage('.');
const workspaces = root.workspaces ?? [];
const declared = (pkg: PackageJson) =>
  new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);
const workspaceNames = new Set(workspaces.map((dir) => readPackage(dir).name));

/** The package a bare import names: `@scope/name` or `name`, without a subpath. */
const packageOf = (specifier: string) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;

describe('the repository stands alone', () => {
  it('every package the code imports is declared by its workspace or the root', () => {
    const rootDeps = declared(root);
    // A type-only import needs the package installed, not loaded: any workspace's will do.
    const anyWorkspace = new Set(workspaces.flatMap((dir) => [...declared(readPackage(dir))]));
    const undeclared: string[] = [];
    for (const file of tracked.filter(
      (f) => /\.(ts|tsx|mjs|astro)$/.test(f) && !f.includes('node_modules'),
    )) {
      const workspace = workspaces.find((dir) => file.startsWith(`${dir}/`));
      const own = workspace ? declared(readPackage(workspace)) : new Set<string>();
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      for (const [, typeOnly, specifier] of text.matchAll(
        /^\s*(?:import|export)\s(type\s)?[^'"]*?from\s+['"]([^'"]+)['"]/gm,
      )) {
        if (!specifier || specifier.startsWith('.') || specifier.startsWith('/')) continue;
        if (specifier.startsWith('node:') || builtinModules.includes(specifier)) continue;
        // Astro's virtual modules and the site's own aliases.
        if (/^(astro:|virtual:)/.test(specifier)) continue;
        const name = packageOf(specifier);
        if (workspaceNames.has(name) || own.has(name) || rootDeps.has(name)) continue;
        if (typeOnly && anyWorkspace.has(name)) continue;
        undeclared.push(`${file}: ${name}`);
      }
    }
    expect(undeclared).toEqual([]);
  });

  it('no file cites a path outside the repository', () => {
    const outside: string[] = [];
    for (const file of tracked.filter(
      (f) => /\.(ts|tsx|mjs|astro|md|json)$/.test(f) && f !== 'package-lock.json',
    )) {
      if (file === 'scripts/lib/checks/repository.test.ts') continue;
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      for (const match of text.matchAll(
        /\/work\/(?:shared|main)\b|\.\.\/shared\/|\bDOMAIN\.md\b|\/home\/\w+/g,
      ))
        outside.push(`${file}: ${match[0]}`);
    }
    expect(outside).toEqual([]);
  });
});
