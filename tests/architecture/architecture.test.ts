/**
 * The architecture, held by a test: the site (`src/`) imports nothing from `scripts/`, and the ingest
 * steps (`scripts/ingest/`) never touch the disk, nor does anything they import; only
 * `scripts/ingest.ts` reads sources and writes plans.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../ingest/run-ingest.ts';

/** Modules that reach the disk, a process or the machine. */
const DISK_MODULES = /^(?:node:)?(?:fs|fs\/promises|child_process|os|worker_threads)$/u;
/** A .doc can only become a .docx through LibreOffice, which reads and writes files. */
const MAY_TOUCH_DISK = new Set(['scripts/ingest/docx/convert-doc.ts']);
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/gu;

function filesUnder(dir: string, extensions: readonly string[]): string[] {
  return readdirSync(join(projectRoot, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => extensions.some((extension) => file.endsWith(extension)))
    .map((file) => join(dir, file));
}

/** The specifiers a module imports, from its source. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(projectRoot, file), 'utf8');
  return [...text.matchAll(IMPORT)].map((match) => (match[1] ?? match[2] ?? match[3])!);
}

/** A relative specifier as a project path (`src/lib/paths.ts`), or null for a package. */
function projectPath(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  return relative(projectRoot, resolve(projectRoot, dirname(from), specifier));
}

describe('the site', () => {
  const files = filesUnder('src', ['.ts', '.astro', '.mjs']);

  it('is checked across its modules and templates', () => {
    expect(files).toContain('src/pages/index.astro');
    expect(files.length).toBeGreaterThan(50);
  });

  it('imports nothing from scripts/', () => {
    const offending = files.flatMap((file) =>
      importsOf(file)
        .map((specifier) => projectPath(file, specifier))
        .filter((path) => path?.startsWith('scripts/'))
        .map((path) => `${file} → ${path}`),
    );
    expect(offending).toEqual([]);
  });
});

describe('the ingest steps', () => {
  const steps = filesUnder('scripts/ingest', ['.ts']);

  it('touch the disk nowhere, nor does any module they import (LibreOffice’s converter excepted)', () => {
    const seen = new Set<string>();
    const offending: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file) || MAY_TOUCH_DISK.has(file)) return;
      seen.add(file);
      for (const specifier of importsOf(file)) {
        if (DISK_MODULES.test(specifier)) offending.push(`${file} imports ${specifier}`);
        const path = projectPath(file, specifier);
        if (path && existsSync(join(projectRoot, path))) visit(path);
      }
    };
    steps.forEach(visit);
    expect(seen).toContain('scripts/ingest/ingest-plan.ts');
    expect(seen).toContain('src/lib/plan-schema.ts');
    expect(offending).toEqual([]);
  });

  it('would be caught importing the disk', () => {
    expect(importsOf('scripts/ingest/docx/convert-doc.ts').filter((specifier) => DISK_MODULES.test(specifier))).toContain('node:fs');
  });
});

describe('the dependencies', () => {
  it('keep @astrojs/markdown-remark, which nothing imports: the optional peer that makes @astrojs/mdx compile with remark', () => {
    // Without it @astrojs/mdx falls back to another Markdown engine, which the `gfm: false, smartypants: false` of astro.config.mjs do not configure.
    const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(Object.keys(manifest.devDependencies)).toContain('@astrojs/markdown-remark');
  });
});
