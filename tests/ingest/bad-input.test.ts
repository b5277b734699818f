/**
 * Issue 10's probes of bad input, one plan at a time: each once hung, crashed or published garbage;
 * each now gets a clear refusal naming what was wrong, or the plan as printed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { refuseIdClaims } from '../../scripts/ingest/claim-ids.ts';
import { SourceError } from '../../scripts/ingest/decode-source.ts';
import { ingestPlan } from '../../scripts/ingest/ingest-plan.ts';
import { refuseOutputFolder } from '../../scripts/ingest/output-folder.ts';
import { refusePublication } from '../../scripts/ingest/publication-gate.ts';
import { decodeSidecar, readSidecar } from '../../scripts/ingest/read-sidecar.ts';
import { listSourceFiles } from '../../scripts/ingest/source-files.ts';
import { targetIdOf } from '../../src/search/landing-highlight.ts';

const seed = (name: string) => readFileSync(new URL(`../../content/sources/${name}`, import.meta.url));
const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
const utf8 = (text: string) => new TextEncoder().encode(text);
const ingestText = (file: string, bytes: Uint8Array, sidecar?: string) =>
  ingestPlan({
    file: `content/sources/${file}`,
    bytes,
    sidecar: sidecar === undefined ? undefined : { file: `content/sources/${file.replace(/\.txt$/u, '.yml')}`, text: sidecar },
  });

describe('garbage in is refused with a reason, never published as a plan', () => {
  it('a file of Word bookmarks only', () => {
    const bookmarks = '[bookmark: _Toc1]\n[bookmark: _Toc2][bookmark: _GoBack]\n';
    expect(() => ingestText('bookmarks-2025.txt', utf8(bookmarks))).toThrow(/no text once Word's bookmarks and spacing are removed/u);
  });

  it('a file of ideographic spaces (U+3000) and zero-width spaces only', () => {
    expect(() => ingestText('spaces-2025.txt', utf8('\u3000\u3000\u200b\n\u3000\n'))).toThrow(SourceError);
  });

  it('a file in English, naming its first line', () => {
    const english = 'Zhangye Education Development Plan\n\nChapter 1 Foundations\n';
    expect(() => ingestText('english-2025.txt', utf8(english))).toThrow(
      /no Chinese text \(line 1: "Zhangye Education Development Plan"\)/u,
    );
  });

  it('a Japanese plan saved as Shift-JIS, which decodes as rare GB18030 characters', () => {
    expect(() => ingestText('japanese-2025.txt', fixture('encodings/japanese-plan.shift-jis.txt'))).toThrow(/Shift-JIS/u);
  });

  it('while a GB18030 export of 张掖 still reads as Chinese', () => {
    const { plan } = ingestText('zhangye-excerpt.txt', fixture('encodings/zhangye-excerpt.gb18030.txt'));
    expect(plan.source.encoding).toBe('gb18030');
    expect(plan.title).toContain('张掖');
  });
});

describe('the sidecar', () => {
  it('saved as GB18030 (Notepad on Chinese Windows) reads as the region it names, not mojibake', () => {
    const text = decodeSidecar(fixture('encodings/zhangye-sidecar.gb18030.yml'), 'content/sources/zhangye-2026-2030.yml');
    const { plan } = ingestText('zhangye-2026-2030.txt', seed('zhangye-2026-2030.txt'), text);
    expect(plan.region).toBe('甘肃省张掖市');
  });

  it('with years reversed is refused, naming file and line', () => {
    expect(() => readSidecar('region: 甘肃省张掖市\nyears: [2030, 2026]\n', 'content/sources/zhangye-2026-2030.yml')).toThrow(
      /^content\/sources\/zhangye-2026-2030\.yml:2: years: the first year must not come after the last/u,
    );
  });

  it('with a blank title is refused', () => {
    expect(() => readSidecar('title: "   "\n', 'content/sources/zhangye-2026-2030.yml')).toThrow(
      /zhangye-2026-2030\.yml:1: title: must not be blank/u,
    );
  });

  it('with an id that is not lowercase ASCII is refused', () => {
    expect(() => readSidecar('id: Zhangye-2026\n', 'x.yml')).toThrow(/x\.yml:1: id: lowercase ASCII/u);
    expect(() => readSidecar('id: 张掖-2026\n', 'x.yml')).toThrow(/x\.yml:1: id:/u);
  });
});

describe('a task list with no 任务 column and a row opening with a task label', () => {
  // Once `npm run ingest` looped forever on this, its memory growing.
  const probe = ['某区教育现代化实施方案', '', '序号', '落实举措', '进度安排', '（一）实施立德树人行动'].join('\n');

  it('ends, and the plan is published as a cover holding its task list, nothing lost', () => {
    const { plan } = ingestText('mouqu-2025.txt', utf8(probe));
    expect(plan.tables[0]!.rows).toEqual([['', '（一）实施立德树人行动', '']]);
    expect(plan.tables[0]!.chapter).toBeNull();
    expect(plan.warnings.filter((warning) => warning.code === 'text-not-placed')).toEqual([]);
    expect(refusePublication(plan, 'content/sources/mouqu-2025.txt', false)).toBeNull();
  });
});

describe('the lossless check refuses to publish', () => {
  const { plan } = ingestText(
    'baijiantan-2021-2025.txt',
    seed('baijiantan-2021-2025.txt'),
    seed('baijiantan-2021-2025.yml').toString('utf8'),
  );
  // No known input loses text any more (npm run fuzz finds none); the gate is proved on a plan whose check found a line missing.
  const damaged = {
    ...plan,
    warnings: [...plan.warnings, { line: 9, code: 'text-not-placed', message: 'this line is missing from the output' }],
  };

  it('a plan with source lines missing from its output, naming the lines', () => {
    const refusal = refusePublication(damaged, 'content/sources/baijiantan-2021-2025.txt', false);
    expect(refusal).toContain('1 source line is missing from the output (content/sources/baijiantan-2021-2025.txt:9)');
    expect(refusal).toContain('publishWithLostText: true');
  });

  it('unless the editor says so explicitly', () => {
    expect(refusePublication(damaged, 'content/sources/baijiantan-2021-2025.txt', true)).toBeNull();
  });

  it('and publishes the seed itself, which loses nothing', () => {
    expect(refusePublication(plan, 'content/sources/baijiantan-2021-2025.txt', false)).toBeNull();
  });
});

describe('a whitespace-only line holding a TAB', () => {
  // It once moved 17 lines of 白碱滩's chapter 1 onto the cover: read as a table cell, it swallowed them.
  const lines = seed('baijiantan-2021-2025.txt').toString('utf8').split('\n');
  lines.splice(7, 0, '\t');
  const { plan } = ingestText('baijiantan-2021-2025.txt', utf8(lines.join('\n')), seed('baijiantan-2021-2025.yml').toString('utf8'));
  const { plan: clean } = ingestText(
    'baijiantan-2021-2025.txt',
    seed('baijiantan-2021-2025.txt'),
    seed('baijiantan-2021-2025.yml').toString('utf8'),
  );

  it('is a stray tab: the plan keeps its chapters and every line in place', () => {
    expect(plan.chapters.map((chapter) => chapter.blocks.length + chapter.sections.length)).toEqual(
      clean.chapters.map((chapter) => chapter.blocks.length + chapter.sections.length),
    );
    expect(plan.preamble).toEqual(clean.preamble);
    expect(plan.warnings.filter((warning) => warning.code === 'text-not-placed')).toEqual([]);
    expect(plan.warnings.filter((warning) => warning.code === 'stray-tab').map((warning) => warning.line)).toEqual([8]);
  });
});

describe('one stray leading TAB on line 2 of a seed', () => {
  // Once the whole of 双河 became one table header cell, published with 0 chapters, exit 0.
  const lines = seed('shuanghe-2026-2030.txt').toString('utf8').split('\n');
  lines[1] = `\t${lines[1]}`;
  const { plan } = ingestText('shuanghe-2026-2030.txt', utf8(lines.join('\n')), seed('shuanghe-2026-2030.yml').toString('utf8'));
  const { plan: clean } = ingestText(
    'shuanghe-2026-2030.txt',
    seed('shuanghe-2026-2030.txt'),
    seed('shuanghe-2026-2030.yml').toString('utf8'),
  );

  it('is read as text with a warning naming its line; the plan keeps its chapters', () => {
    expect(plan.tables).toHaveLength(clean.tables.length);
    expect(plan.chapters.map((chapter) => chapter.title)).toEqual(clean.chapters.map((chapter) => chapter.title));
    expect(plan.warnings.filter((warning) => warning.code === 'stray-tab').map((warning) => warning.line)).toEqual([2]);
    expect(refusePublication(plan, 'content/sources/shuanghe-2026-2030.txt', false)).toBeNull();
  });
});

describe('ids are owned', () => {
  const zhangye = { file: 'content/sources/zhangye-2026-2030.txt', id: 'zhangye-2026-2030' };
  const takeover = { file: 'content/sources/aaa-new.txt', id: 'zhangye-2026-2030' };

  it('a published id belongs to its source, whichever file sorts first', () => {
    const refused = refuseIdClaims([takeover, zhangye], new Map([['zhangye-2026-2030', zhangye.file]]));
    expect([...refused.keys()]).toEqual([takeover.file]);
    expect(refused.get(takeover.file)).toContain(`is published from ${zhangye.file}`);
  });

  it('two files claiming an unpublished id are both refused, each naming the other', () => {
    const refused = refuseIdClaims([takeover, zhangye], new Map());
    expect(refused.get(takeover.file)).toContain(`also claimed by ${zhangye.file}`);
    expect(refused.get(zhangye.file)).toContain(`also claimed by ${takeover.file}`);
  });
});

describe('files of other formats in the sources folder are reported, not ignored', () => {
  const { plans, problems } = listSourceFiles([
    'zhangye-2026-2030.txt',
    'zhangye-2026-2030.yml',
    'dongli.docx',
    'dongli.yml',
    'shuanghe.doc',
    'SHUANGHE.TXT',
    'plan.odt',
    'plan.wps',
    'plan.pdf',
    'orphan.yml',
    'plan.yaml',
    '.gitkeep',
  ]);

  it('reads each .txt, .docx and .doc with its sidecar', () => {
    expect(plans).toEqual([
      { source: 'dongli.docx', sidecar: 'dongli.yml' },
      { source: 'shuanghe.doc' },
      { source: 'zhangye-2026-2030.txt', sidecar: 'zhangye-2026-2030.yml' },
    ]);
  });

  it('names each other file and what to do', () => {
    expect(Object.fromEntries(problems.map(({ file, message }) => [file, message]))).toEqual({
      'SHUANGHE.TXT': 'the extension ".TXT" is not read; rename the file to "SHUANGHE.txt"',
      'orphan.yml': 'a sidecar without its source "orphan.txt" (or .docx); it is not read',
      'plan.yaml': 'a sidecar must be named `.yml`; it is not read',
      'plan.odt': expect.stringMatching(/OpenDocument text.*save it as Word \(\.docx\)/u),
      'plan.pdf': expect.stringMatching(/a PDF keeps no document structure/u),
      'plan.wps': expect.stringMatching(/WPS Writer document/u),
    });
  });
});

describe('the output folder is the ingest’s own', () => {
  const project = '/srv/planpress';
  const guarded = [`${project}/content/sources`, `${project}/content/published`];

  it('refuses `content` itself, which holds the sources', () => {
    expect(refuseOutputFolder(`${project}/content`, guarded, project, ['sources', 'sources/zhangye-2026-2030.txt'])).toMatch(
      /overlaps \/srv\/planpress\/content\/sources/u,
    );
  });

  it('refuses the project, and a folder inside the sources', () => {
    expect(refuseOutputFolder(project, guarded, project, [])).toMatch(/holds the whole project/u);
    expect(refuseOutputFolder(`${project}/content/sources/out`, guarded, project, [])).toMatch(/overlaps/u);
  });

  it('refuses a folder holding a file it did not write, naming it', () => {
    expect(
      refuseOutputFolder(`${project}/content/plans`, guarded, project, ['zhangye-2026-2030', 'zhangye-2026-2030/plan.json', 'notes.docx']),
    ).toMatch(/did not write \(notes\.docx\)/u);
  });

  it('accepts its own output', () => {
    const own = ['zhangye-2026-2030', 'zhangye-2026-2030/plan.json', 'zhangye-2026-2030/chapters', 'zhangye-2026-2030/chapters/01.mdx'];
    expect(refuseOutputFolder(`${project}/content/plans`, guarded, project, own)).toBeNull();
  });
});

describe('a landing URL with a malformed # ', () => {
  it('does not throw, and finds no target', () => {
    expect(targetIdOf('#s%E4%B8')).toBeNull();
    expect(targetIdOf('#%')).toBeNull();
  });

  it('still decodes a well-formed one', () => {
    expect(targetIdOf('#s6')).toBe('s6');
    expect(targetIdOf('')).toBeNull();
  });
});

describe('the document structure', () => {
  it('第999章 followed by a heading that lost its label restores 第1000章 with its line, rather than failing', () => {
    const text = [
      '张掖市“十五五”教育发展规划',
      '',
      '第998章  发展基础',
      '',
      '一、主要成就',
      '',
      '“十四五”以来，全市教育事业取得长足发展。',
      '',
      '第999章  发展环境',
      '',
      '一、机遇',
      '',
      '“十五五”时期，我国发展环境面临深刻复杂变化。',
      '',
      '主要任务',
      '',
      '一、立德树人',
      '',
      '全面落实立德树人根本任务。',
    ].join('\n');
    const { plan } = ingestText('zhangye-2026-2030.txt', utf8(text));
    expect(plan.chapters.map((chapter) => `${chapter.number}${chapter.numberRestored ? '*' : ''}`)).toEqual([
      '第998章',
      '第999章',
      '第1000章*',
    ]);
    expect(plan.warnings).toContainEqual(expect.objectContaining({ line: 15, code: 'number-restored' }));
  });

  it('a plan with a 专栏 and no recognised chapter is published, its text and column on the cover', () => {
    const text = ['某区教育发展规划', '', '专栏1  学前教育普惠工程', '新建改扩建幼儿园5所。', '', '全面提升学前教育质量。'].join('\n');
    const { plan } = ingestText('mouqu-2025.txt', utf8(text));
    expect(plan.chapters).toEqual([]);
    expect(plan.columns.map((column) => [column.number, column.chapter])).toEqual([['专栏1', null]]);
    expect(plan.preamble).toEqual(['全面提升学前教育质量。']);
    expect(refusePublication(plan, 'content/sources/mouqu-2025.txt', false)).toBeNull();
  });
});
