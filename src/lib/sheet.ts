/**
 * Reading a coordinator's spreadsheet: .xlsx (ExcelJS) or .csv in UTF-8 or Shift_JIS, which is what Excel in
 * Japan saves as 「CSV（コンマ区切り）」. Every cell becomes the text the coordinator sees.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { SheetRow } from './importer';

export interface Sheet { headers: string[]; rows: SheetRow[]; encoding?: string }

/** UTF-8 when the bytes are valid UTF-8 (with or without a BOM), otherwise Shift_JIS (Windows-31J). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'UTF-8' | 'Shift_JIS' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('shift_jis').decode(bytes), encoding: 'Shift_JIS' };
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ExcelJS cell value as text: dates as YYYY-MM-DD, times of day (Excel keeps them on 1899-12-30) as HH:MM. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    return value.getUTCFullYear() < 1901
      ? `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`
      : `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('hyperlink' in value) return String(value.text || value.hyperlink);
  return '';
}

const toSheet = (table: string[][], encoding?: string): Sheet => {
  const [headers = [], ...rest] = table;
  return {
    headers: headers.map((h) => h.trim()),
    rows: rest.map((cells, i) => ({ line: i + 2, cells: Object.fromEntries(headers.map((h, j) => [h.trim(), cells[j] ?? ''])) })),
    ...(encoding ? { encoding } : {}),
  };
};

export function readCsv(bytes: Uint8Array): Sheet {
  const { text, encoding } = decodeText(bytes);
  const table = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  return toSheet(table, encoding);
}

/** The first worksheet; row 1 holds the column names. */
export async function readXlsx(path: string): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { headers: [], rows: [] };
  const width = sheet.columnCount;
  const table: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    table.push(Array.from({ length: width }, (_, c) => cellText(row.getCell(c + 1).value)));
  }
  return toSheet(table);
}

export async function readSheet(path: string): Promise<Sheet> {
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx') return readXlsx(path);
  if (ext === '.csv' || ext === '.txt') return readCsv(readFileSync(path));
  throw new Error(`${path}: .xlsx か .csv のファイルを指定してください（.xls は Excel で .xlsx として保存し直します）`);
}
