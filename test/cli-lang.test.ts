// The CLI's stderr in the file's language, through the built CLI (bin/crm-grader.mjs in its own
// process): a Simplified Chinese order list (in memory and on the embedded engine), a Traditional
// Chinese customer list and an English order list each say what they read in their own language, with
// the lines and customers counted by hand below; and no line for the Chinese order list is English, so
// the next English line someone adds fails here.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli-run';

const dir = mkdtempSync(join(tmpdir(), 'crm-cli-lang-'));
const write = (name: string, lines: string[]) => {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
};

// 7 lines, 4 customers (C001-C004; C003's 'abc' line is reported and left out, its other line counts).
// The latest order is 2026-11-30, so the 12 months run from 2025-11-30.
const zhCnLedger = write('订单.csv', [
  '订单号,客户编号,下单日期,数量,实付金额',
  'D1,C001,2026-01-05,1,¥29.33',
  'D2,C001,2026-03-10,2,¥58.66',
  'D3,C002,2025-02-01,1,¥100.00',
  'D4,C002,2026-11-30,1,¥120.50',
  'D5,C003,2026-06-15,1,abc',
  'D6,C003,2026-07-15,1,¥15.00',
  'D7,C004,2026-08-01,1,¥9.90',
]);

// 5 rows, 5 customers; T03 has no count of orders, so 4 are graded and 1 row is not.
const zhTwList = write('客戶.csv', [
  '客戶編號,客戶名稱,最後交易日,交易筆數,交易金額',
  'T01,甲,2026-10-01,3,1200',
  'T02,乙,2026-09-15,1,300',
  'T03,丙,2026-05-20,,800',
  'T04,丁,2025-12-31,7,5600',
  'T05,戊,2026-10-30,2,450',
]);

// 5 lines, 2 customers (C3's only line has no readable amount, so C3 is no customer); latest 2026-06-01.
const enLedger = write('orders.csv', [
  'Order No,Customer ID,Order Date,Qty,Amount',
  'A1,C1,2026-01-05,1,10',
  'A2,C1,2026-03-10,1,20',
  'A3,C2,2026-05-01,1,30',
  'A4,C2,2026-06-01,1,40',
  'A5,C3,2026-06-02,1,x',
]);

const lines = (err: string) => err.split('\n').filter((l) => l !== '');

/**
 * What is left of a line once the things that are English in every language are taken out: the file's
 * path, cells quoted from it (“abc”), options as typed (`--engine duckdb`, `-o .csv`), file kinds, the
 * program's and the models' names (and BG/NBD's alpha).
 */
function englishLeft(line: string): string[] {
  const stripped = line.split(dir).join(' ')
    .replace(/“[^”]*”/g, ' ')
    .replace(/(?<![A-Za-z0-9])-{1,2}[a-z][a-z-]*( (duckdb|memory))?/g, ' ')
    .replace(/\.(csv|xlsx|parquet)\b/g, ' ')
    .replace(/\b(crm-grader|BG\/NBD|Gamma-Gamma|DuckDB|MB|alpha)\b/g, ' ');
  return stripped.match(/[A-Za-z]{2,}/g) ?? [];
}

describe('stderr speaks the language of the file graded', () => {
  it('a Simplified Chinese order list: its summary, window and count in Simplified Chinese, in memory and on the engine alike', () => {
    const memory = runCli('grade', zhCnLedger, '-o', join(dir, 'cn-memory.xlsx'));
    const engine = runCli('grade', zhCnLedger, '-o', join(dir, 'cn-engine.xlsx'), '--engine', 'duckdb');
    for (const run of [memory, engine]) {
      expect(run.code, run.err).toBe(0);
      expect(lines(run.err)).toContain(`${zhCnLedger}：订单台账，7 行，4 位客户`);
      expect(lines(run.err)).toContain('截至 2026-11-30（最近一笔订单的日期）；统计自 2025-11-30 起 12 个月的订单与金额');
      expect(lines(run.err)).toContain('警告：实付金额：第 6 行不是数字（“abc”）');
      expect(lines(run.err)).toContain('已分级 4 位客户');
    }
    expect(lines(engine.err)).toContain('引擎：DuckDB，进程内运行（--engine duckdb）；内存 512 MB');
    expect(lines(engine.err)).toContain('注意：内置引擎不做预测（BG/NBD 与 Gamma-Gamma 在内存中拟合）；加上 --btyd 可在内存中分级并附上预测');
  });

  it('a Traditional Chinese customer list: rows (列), the as-of day and the ungraded row in Traditional Chinese', () => {
    const run = runCli('grade', zhTwList, '-o', join(dir, 'tw.xlsx'), '--as-of', '2026-11-01');
    expect(run.code, run.err).toBe(0);
    expect(lines(run.err)).toEqual([
      `${zhTwList}：客戶名單，5 列`,
      '天數計算至 2026-11-01（由 --as-of 指定）',
      '警告：交易筆數：第 4 列為空',
      '已分級 4 位客戶，1 列無法分級（見「資料問題」欄）',
    ]);
  });

  it('an English order list: in English, as before', () => {
    const run = runCli('grade', enLedger, '-o', join(dir, 'en.xlsx'), '--no-btyd');
    expect(run.code, run.err).toBe(0);
    expect(lines(run.err)).toEqual([
      `${enLedger}: an order list: 5 lines, 2 customers`,
      'as of 2026-06-01, the latest order; orders and amounts of the 12 months from 2025-06-01',
      "warning: Amount: not numbers ('x') in row 6",
      'graded 2 customers',
    ]);
  });

  it('--lang overrides the headers: the Chinese order list told in English', () => {
    const run = runCli('grade', zhCnLedger, '-o', join(dir, 'cn-en.xlsx'), '--lang', 'en', '--no-btyd');
    expect(run.code, run.err).toBe(0);
    expect(lines(run.err)[0]).toBe(`${zhCnLedger}: an order list: 7 lines, 4 customers`);
    expect(lines(run.err)).toContain('graded 4 customers');
  });

  it('without DuckDB installed: the Chinese order list is refused in Chinese, saying how to install it', () => {
    // The built CLI alone, away from any node_modules: as installed without its optional dependency.
    const bare = join(dir, 'bare');
    mkdirSync(bare);
    copyFileSync(join(__dirname, '..', 'dist', 'cli', 'crm-grader.mjs'), join(bare, 'crm-grader.mjs'));
    const run = spawnSync(process.execPath, [join(bare, 'crm-grader.mjs'), 'grade', zhCnLedger, '--engine', 'duckdb', '-o', join(dir, 'bare.csv')], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(3);
    expect(run.stderr).toContain('crm-grader: 内置引擎需要 @duckdb/node-api，但它未安装：请在安装 crm-grader 的目录运行 `npm install @duckdb/node-api`');
  });

  it('before the file is read: English, or the language --lang gives', () => {
    const missing = join(dir, '不存在.csv');
    expect(runCli('grade', missing).err).toBe(`crm-grader: cannot read ${missing}: no such file\n`);
    expect(runCli('grade', missing, '--lang', 'zh-TW').err).toBe(`crm-grader: 無法讀取 ${missing}：檔案不存在\n`);
  });

  it('no line for a Simplified Chinese order list is English, notes included (paths, options and names aside)', () => {
    const runs = [
      // Predictions, a warning and --keep-rows' note for a .csv.
      runCli('grade', zhCnLedger, '-o', join(dir, 'cn.csv'), '--keep-rows', '--months', '6'),
      // The engine's lines and its note on predictions.
      runCli('grade', zhCnLedger, '-o', join(dir, 'cn-duck.csv'), '--engine', 'duckdb', '--as-of', '2026-10-01'),
      // Read by hand as an order list.
      runCli('grade', zhCnLedger, '-o', join(dir, 'cn-ledger.xlsx'), '--ledger', '--no-btyd'),
    ];
    for (const run of runs) {
      expect(run.code, run.err).toBe(0);
      expect(lines(run.err).length).toBeGreaterThanOrEqual(4);
      for (const line of lines(run.err)) expect(englishLeft(line), line).toEqual([]);
    }
    // The check itself catches an English line.
    expect(englishLeft(`${zhCnLedger}: an order list: 7 lines, 4 customers`)).not.toEqual([]);
    expect(englishLeft('note: --keep-rows: a .csv holds the graded customers only')).not.toEqual([]);
  });
});
