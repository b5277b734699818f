import { describe, expect, it } from 'vitest';
import { cleanLine, cleanLines } from '../../scripts/ingest/clean-lines.ts';

describe('cleanLines', () => {
  it('strips bookmark markers and keeps the raw line numbers', () => {
    const text = '\n[bookmark: _Toc20542][bookmark: _Toc1479050670]（一）教育现代化建设取得重要进展\n“十四五”时期，第五师双河市坚持';
    expect(cleanLines(text)).toEqual([
      { line: 1, text: '' },
      { line: 2, text: '（一）教育现代化建设取得重要进展' },
      { line: 3, text: '“十四五”时期，第五师双河市坚持' },
    ]);
  });

  it('drops trailing blank lines only', () => {
    expect(cleanLines('专栏8 校外培训机构治理工程\n\n \n\n').map((line) => line.text)).toEqual(['专栏8 校外培训机构治理工程']);
  });

  it('keeps the leading tab of a table cell and trims the padding around it', () => {
    expect(cleanLine('\t小学  ')).toBe('\t小学');
    expect(cleanLine('\t0.8 ')).toBe('\t0.8');
    expect(cleanLine('\t')).toBe('\t');
    expect(cleanLine('  \t县级以上骨干教师数')).toBe('\t县级以上骨干教师数');
  });

  it('removes typesetting space between ideographs but not the space a sentence prints', () => {
    expect(cleanLine('\t指    标')).toBe('\t指标');
    expect(cleanLine('\t属  性')).toBe('\t属性');
    expect(cleanLine('第一部分  发展基础和发展环境')).toBe('第一部分发展基础和发展环境');
    expect(cleanLine('推动师中学、89 团中小学、86 团一中')).toBe('推动师中学、89 团中小学、86 团一中');
    expect(cleanLine('新增学位500 余个')).toBe('新增学位500 余个');
  });

  it('folds no-break and ideographic spaces and trims the line', () => {
    expect(cleanLine('\u3000\u3000 重点工程\u00a0')).toBe('重点工程');
    expect(cleanLine(' (')).toBe('(');
  });
});
