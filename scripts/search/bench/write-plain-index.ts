/**
 * The baseline: the same records indexed by Pagefind as it comes, text as printed and language
 * zh-cn (so Pagefind segments Chinese itself at index time, and the browser at query time).
 */
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../search-records.ts';

const LANGUAGE = 'zh-cn';

export async function writePlainIndex(records: readonly SearchRecord[], outputPath: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex();
    if (!index || errors.length) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
    for (const record of records) {
      const added = await index.addCustomRecord({
        url: record.url,
        content: record.text,
        language: LANGUAGE,
        meta: { title: record.title },
      });
      if (added.errors.length) throw new Error(`Pagefind refused ${record.url}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}
