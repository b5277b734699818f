/**
 * Tables step, task list exported without tabs: one line per header cell, then each row's cells
 * one line each, the task (主要任务) printed once at the head of the rows it spans.
 */
import type { CellSpan } from '../../src/lib/plan-schema.ts';
import { readLabel, type LabelStyle } from './classify-heading.ts';
import { collapseIdeographPadding } from './ideograph-spacing.ts';
import type { TableParse } from './parse-tab-table.ts';
import type { IngestWarning, SourceLine } from './source-line.ts';

/** Words that open or close a task-list header cell (`落实举措及标志性成果`, `主要任务`). */
const HEADER_WORDS = [
  '主要任务',
  '重点任务',
  '任务',
  '序号',
  '落实举措',
  '工作举措',
  '举措',
  '标志性成果',
  '进度安排',
  '完成时限',
  '时间节点',
  '责任单位',
  '牵头单位',
  '配合单位',
  '责任部门',
] as const;
const MAX_HEADER_CELL_LENGTH = 12;
const MIN_HEADER_CELLS = 3;
const TASK_HEADER = /任务/u;
const NUMBER_HEADER = /序号/u;
/** A task opens with its list label, read as a heading's label is: `（一）实施…`, `(二)…`, `三、…`. */
const TASK_LABEL_STYLES: ReadonlySet<LabelStyle> = new Set(['parenthesised', 'enumerated']);
/** Word wraps a long task over short fragments without punctuation (`行动计划`). */
const MAX_TASK_FRAGMENT_LENGTH = 10;
const SENTENCE_PUNCTUATION = /[。；，、：:;,.!?！？]/u;
const SERIAL_NUMBER = /^\d{1,3}$/u;

/** The task cell in force: its text and the lines of its first print. */
interface TaskCell {
  readonly text: string;
  readonly lines: readonly SourceLine[];
}

/** What the task prints at the head of a row leave in force, and the warnings for dropped repeats. */
interface TaskPrints {
  readonly task: TaskCell | null;
  readonly next: number;
  readonly warnings: IngestWarning[];
}

/** Length of the task-list header that starts at `start`, or 0 when none does. */
export function findTaskListHeader(lines: readonly SourceLine[], start: number): number {
  let length = 0;
  while (start + length < lines.length && isTaskListHeaderCell(lines[start + length]!.text)) length += 1;
  return length >= MIN_HEADER_CELLS ? length : 0;
}

/** Reads a task list from its header at `start` to the first blank line. */
export function parseTaskList(lines: readonly SourceLine[], start: number): TableParse {
  const headerLength = findTaskListHeader(lines, start);
  if (headerLength === 0) {
    throw new RangeError(`parseTaskList expects a task-list header at index ${start}, got ${describeLine(lines[start])}`);
  }
  const headerLines = lines.slice(start, start + headerLength);
  const layout = layOutColumns(headerLines.map((line) => collapseIdeographPadding(line.text.trim())));
  const rows: string[][] = [];
  const cellLines: string[][][] = [];
  const spans: CellSpan[] = [];
  const warnings: IngestWarning[] = [];
  let task: TaskCell | null = null;
  let taskFirstRow = 0;
  let index = start + headerLength;

  const closeTaskSpan = (): void => {
    const rowSpan = rows.length - taskFirstRow;
    if (task !== null && rowSpan >= 2) spans.push({ row: taskFirstRow, col: layout.taskCol, rowSpan });
  };

  while (index < lines.length && !isBlank(lines[index]!.text)) {
    const prints: TaskPrints | null = layout.taskCol === -1 ? null : readTaskPrints(lines, index, task);
    if (prints !== null) {
      warnings.push(...prints.warnings);
      index = prints.next;
      if (prints.task !== task) {
        closeTaskSpan();
        task = prints.task;
        taskFirstRow = rows.length;
      }
    }
    const opened = taskFirstRow === rows.length ? task : null;
    if (opened === null && (index >= lines.length || isBlank(lines[index]!.text))) break;

    const row = readRow(lines, index, layout);
    if (task !== null) {
      row.cells[layout.taskCol] = task.text;
      if (opened !== null) row.printedLines[layout.taskCol] = opened.lines.map((line) => line.text.trim());
    }
    if (row.missing > 0) {
      const line = opened?.lines[0]?.line ?? lines[index]!.line;
      warnings.push(shortRowWarning(line, layout.printedCols.length - row.missing, layout.printedCols.length));
    }
    // A row that reads no line (a task label with no task column) ends the table rather than looping.
    if (row.next === index && opened === null) break;
    rows.push(row.cells);
    cellLines.push(row.printedLines);
    index = row.next;
  }
  closeTaskSpan();

  const { numberCol } = layout;
  if (numberCol !== -1 && rows.length > 0 && rows.every((cells) => cells[numberCol] === '')) {
    warnings.push(emptyColumnWarning(headerLines[numberCol]!, layout.header[numberCol]!));
  }
  const firstLine = headerLines[0]!.line;
  const lastLine = lines[index - 1]!.line;
  warnings.sort((a, b) => a.line - b.line);
  return {
    table: { header: layout.header, rows, spans, misalignedRows: [], categoryRows: [], cellLines, firstLine, lastLine },
    next: index,
    warnings,
  };
}

/** Which header cell holds the task, which the serial number, and which are printed once a row. */
interface ColumnLayout {
  readonly header: string[];
  readonly taskCol: number;
  readonly numberCol: number;
  readonly printedCols: readonly number[];
}

function layOutColumns(header: string[]): ColumnLayout {
  const taskCol = header.findIndex((cell) => TASK_HEADER.test(cell));
  const numberCol = header.findIndex((cell) => NUMBER_HEADER.test(cell));
  const printedCols = header.flatMap((_cell, col) => (col === taskCol || col === numberCol ? [] : [col]));
  return { header, taskCol, numberCol, printedCols };
}

/**
 * Reads the task prints at the head of a row: at most one new task, and any print that repeats the
 * task in force (Word prints a merged cell again after a page break), dropped with a warning a line.
 */
function readTaskPrints(lines: readonly SourceLine[], start: number, inForce: TaskCell | null): TaskPrints {
  let task = inForce;
  let next = start;
  const warnings: IngestWarning[] = [];
  while (startsTaskCell(lines, next)) {
    const printed = readTaskCell(lines, next);
    if (task !== null && printed.text === task.text) {
      const repeated = task;
      warnings.push(...printed.lines.map((line) => repeatedTaskWarning(line, repeated)));
    } else if (task === inForce) {
      task = printed;
    } else {
      break;
    }
    next += printed.lines.length;
  }
  return { task, next, warnings };
}

/** Reads a row's serial number, when printed, then one line per printed column. */
function readRow(
  lines: readonly SourceLine[],
  start: number,
  layout: ColumnLayout,
): { cells: string[]; printedLines: string[][]; missing: number; next: number } {
  const cells = layout.header.map(() => '');
  const printedLines = layout.header.map((): string[] => []);
  let next = start;
  const take = (col: number): void => {
    cells[col] = lines[next]!.text.trim();
    printedLines[col] = [cells[col]];
    next += 1;
  };
  if (layout.numberCol !== -1 && SERIAL_NUMBER.test(lines[next]?.text.trim() ?? '')) take(layout.numberCol);
  let missing = 0;
  // A second task straight after a new one leaves this row with its task alone.
  const rowIsEmpty = layout.taskCol !== -1 && startsTaskCell(lines, next);
  for (const col of layout.printedCols) {
    if (!rowIsEmpty && next < lines.length && !isBlank(lines[next]!.text)) take(col);
    else missing += 1;
  }
  return { cells, printedLines, missing, next };
}

function isTaskListHeaderCell(text: string): boolean {
  const cell = text.replace(/\s+/gu, '');
  if (cell === '' || cell.length > MAX_HEADER_CELL_LENGTH) return false;
  return HEADER_WORDS.some((word) => cell.startsWith(word) || cell.endsWith(word));
}

function startsTaskCell(lines: readonly SourceLine[], index: number): boolean {
  const line = lines[index];
  return line !== undefined && isTaskLabelled(line.text.trim());
}

/** Reads a task print: its labelled line and the short fragments it wraps onto. */
function readTaskCell(lines: readonly SourceLine[], start: number): TaskCell {
  let end = start + 1;
  while (end < lines.length && isTaskFragment(lines[end]!.text)) end += 1;
  const printed = lines.slice(start, end);
  return { text: printed.map((line) => line.text.trim()).join(''), lines: printed };
}

function isTaskLabelled(text: string): boolean {
  const label = readLabel(text);
  return label !== null && TASK_LABEL_STYLES.has(label.style);
}

function isTaskFragment(text: string): boolean {
  const fragment = text.trim();
  return (
    fragment !== '' && fragment.length <= MAX_TASK_FRAGMENT_LENGTH && !SENTENCE_PUNCTUATION.test(fragment) && !isTaskLabelled(fragment)
  );
}

function repeatedTaskWarning(line: SourceLine, task: TaskCell): IngestWarning {
  return {
    line: line.line,
    code: 'merged-cell-repeated',
    message: `${JSON.stringify(line.text.trim())} reprints the merged task cell ${JSON.stringify(task.text)} of line ${task.lines[0]!.line}; the reprint is dropped`,
  };
}

function shortRowWarning(line: number, filled: number, expected: number): IngestWarning {
  return {
    line,
    code: 'table-row-width',
    message: `row has ${filled} printed cells, expected ${expected} before the task list ends; padded with empty cells`,
  };
}

function emptyColumnWarning(headerLine: SourceLine, name: string): IngestWarning {
  return {
    line: headerLine.line,
    code: 'task-list-empty-column',
    message: `column ${JSON.stringify(name)} has no values in the export; its cells are left empty`,
  };
}

function isBlank(text: string): boolean {
  return text.trim() === '';
}

function describeLine(line: SourceLine | undefined): string {
  return line === undefined ? 'the end of input' : `line ${line.line} ${JSON.stringify(line.text)}`;
}
