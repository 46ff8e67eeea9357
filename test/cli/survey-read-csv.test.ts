// The Node CSV reader behind `cxmap survey`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvReadError, readCsv } from '../../src/cli/read-csv.ts';

const TMP = mkdtempSync(join(tmpdir(), 'cxmap-read-csv-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(TMP, name);
  writeFileSync(path, content);
  return path;
};

async function collect(path: string, chunkBytes?: number) {
  let header: string[] = [];
  const rows: [number, string[]][] = [];
  const count = await readCsv(path, { header: (names) => { header = names; }, row: (cells, n) => rows.push([n, cells]) }, { chunkBytes });
  return { header, rows, count };
}

describe('readCsv', () => {
  it('drops the BOM, keeps header names as they are, reads RFC 4180 quotes and CRLF', async () => {
    const got = await collect(file('a.csv', '\ufeffid,"name, full",NETPRO  \r\n1,"say ""hi""\r\nthere",7\r\n2,,\r\n'));
    expect(got.header).toEqual(['id', 'name, full', 'NETPRO  ']);
    expect(got.rows).toEqual([[1, ['1', 'say "hi"\r\nthere', '7']], [2, ['2', '', '']]]);
    expect(got.count).toBe(2);
  });

  it('skips blank lines but keeps counting rows, with or without a final newline', async () => {
    const got = await collect(file('b.csv', 'a,b\n1,2\n\n3,4'));
    expect(got.rows).toEqual([[1, ['1', '2']], [3, ['3', '4']]]);
    expect(got.count).toBe(3);
  });

  it('keeps characters whole when they straddle chunks, and rows across chunk borders', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => `${i},é€😀${i},"q,${i}"`);
    const text = `\ufeffn,text,quoted\n${rows.join('\n')}\n`;
    for (const chunkBytes of [1, 7, 64]) {
      const got = await collect(file(`c${chunkBytes}.csv`, Buffer.from(text, 'utf8')), chunkBytes);
      expect(got.header).toEqual(['n', 'text', 'quoted']);
      expect(got.rows.map(([, cells]) => cells.join('|'))).toEqual(rows.map((_, i) => `${i}|é€😀${i}|q,${i}`));
    }
  });

  it('rejects a missing file, a directory, an empty file and a broken quote', async () => {
    await expect(collect(join(TMP, 'none.csv'))).rejects.toThrow(/cannot read ".*none\.csv": no such file/);
    await expect(collect(TMP)).rejects.toThrow(/it is a directory/);
    await expect(collect(file('empty.csv', ''))).rejects.toThrow(CsvReadError);
    await expect(collect(file('quote.csv', 'a,b\n1,2\n3,"4\n'))).rejects.toThrow(/data row 2: Quoted field unterminated/);
  });

  it('stops at the first error the sink throws, in the header or in a row, and never resolves after it', async () => {
    const path = file('d.csv', `h\n${Array.from({ length: 100_000 }, (_, i) => i).join('\n')}\n`);
    const boom = new Error('header refused');
    await expect(readCsv(path, { header: () => { throw boom; }, row: () => undefined })).rejects.toBe(boom);
    let seen = 0;
    const stop = readCsv(path, {
      header: () => undefined,
      row: (_, n) => {
        seen = n;
        if (n === 5) throw new Error('row 5 refused');
      },
    }, { chunkBytes: 64 });
    await expect(stop).rejects.toThrow('row 5 refused');
    expect(seen).toBe(5);
  });
});
