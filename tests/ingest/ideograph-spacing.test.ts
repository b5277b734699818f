import { describe, expect, it } from 'vitest';
import { collapseIdeographPadding, collapseIdeographSpacingRuns } from '../../scripts/ingest/ideograph-spacing.ts';
import { cleanLine } from '../../scripts/ingest/clean-lines.ts';

describe('spacing between ideographs, one rule for lines and table cells', () => {
  it('removes the spaces spreading a short text, between ideographs only', () => {
    expect(collapseIdeographPadding('属  性')).toBe('属性');
    expect(collapseIdeographPadding('指\u3000\u3000标')).toBe('指标');
    expect(collapseIdeographPadding('2020 年 目标')).toBe('2020 年目标');
    // 〇 is an ideograph too (`二〇二五`).
    expect(collapseIdeographPadding('二〇 二五')).toBe('二〇二五');
  });

  it('never joins the lines of a cell', () => {
    expect(collapseIdeographPadding('小学：优秀\n初中：良好')).toBe('小学：优秀\n初中：良好');
  });

  it('in running text keeps the writer’s single space between two phrases', () => {
    expect(collapseIdeographSpacingRuns('坚持创新驱动发展　全面塑造发展新优势')).toBe('坚持创新驱动发展　全面塑造发展新优势');
    expect(collapseIdeographSpacingRuns('保  障  措  施')).toBe('保障措施');
  });

  it('is what the cleaning step applies to a cell line and to running text of the seeds', () => {
    expect(cleanLine('\t指    标')).toBe('\t指标');
    expect(cleanLine('坚持创新驱动发展\u3000全面塑造发展新优势')).toBe('坚持创新驱动发展\u3000全面塑造发展新优势');
  });
});
