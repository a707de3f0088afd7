// A damaged settings sheet in the preview, in headless Chromium: the pane reports it, refuses to grade
// over it, and rewrites it only after the user confirms; an edited (valid) band is taken, not overwritten.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { previewSession, SHOTS } from './preview-session';

const session = previewSession();

/** Sets one cell of a sheet of the in-browser workbook, as a person typing in it would. */
function setCell(page: Page, sheet: string, row: number, column: number, value: unknown): Promise<void> {
  return page.evaluate(([s, r, c, v]) => {
    const wb = (window as unknown as { crmWorkbook: { sheet(n: string): { cells: unknown[][] } } }).crmWorkbook;
    wb.sheet(s as string)!.cells[r as number][c as number] = v;
  }, [sheet, row, column, value] as const);
}

function cellValue(page: Page, sheet: string, row: number, column: number): Promise<unknown> {
  return page.evaluate(([s, r, c]) => {
    const wb = (window as unknown as { crmWorkbook: { valueAt(n: string, r: number, c: number): unknown } }).crmWorkbook;
    return wb.valueAt(s as string, r as number, c as number);
  }, [sheet, row, column] as const);
}

// The settings sheet's F table: D6:E8 (0-based rows 5..7, column 3), seed bands 0/5/10.
describe('the preview with a damaged or edited settings sheet', () => {
  it('reports the damage, will not grade over it, and rewrites it once the user confirms', async () => {
    const page = await session.open('lang=zh-CN');
    await page.click('#find-list');
    await page.click('#grade');
    await expect.poll(() => page.textContent('#message')).toContain('位客户分级');
    await setCell(page, '分级设置', 6, 3, '五');
    await page.click('#find-list');
    await expect.poll(() => page.textContent('#damage-settings')).toContain('设置工作表“分级设置”无法读取：“F：期间内购买次数”：分档表第 2 行是“五”，不是数字');
    await page.click('#grade');
    await expect.poll(() => page.textContent('#message')).toContain('设置工作表已损坏：请先修复');
    expect(await cellValue(page, '分级设置', 6, 3)).toBe('五');
    await page.click('#repair-settings');
    expect(await page.textContent('#damage-settings')).toContain('按此处显示的选择重写“分级设置”并重新分级？');
    await page.screenshot({ path: join(SHOTS, '8-repair-320-zh-CN.png') });
    // "keep it" changes nothing
    await page.click('#keep-as-is');
    expect(await cellValue(page, '分级设置', 6, 3)).toBe('五');
    await page.click('#repair-settings');
    await page.click('#confirm-repair');
    await expect.poll(() => page.textContent('#message')).toContain('位客户分级');
    expect(await cellValue(page, '分级设置', 6, 3)).toBe(5);
    expect(await page.$$('#damage-settings')).toHaveLength(0);
  });

  it('takes a band edited on the settings sheet instead of overwriting it', async () => {
    const page = await session.open('lang=en');
    await page.click('#find-list');
    await page.click('#grade');
    await expect.poll(() => page.textContent('#message')).toContain('Graded');
    await setCell(page, 'CRM Settings', 6, 3, 8);
    await page.click('#find-list');
    await expect.poll(() => page.textContent('#message')).toContain('were read from “CRM Settings”, where they were edited');
    expect(await page.$eval('[data-band="f-1-from"]', (el) => (el as HTMLInputElement).value)).toBe('8');
    await page.click('#grade');
    await expect.poll(() => page.textContent('#message')).toContain('Graded');
    expect(await cellValue(page, 'CRM Settings', 6, 3)).toBe(8);
  });
});

describe('the preview when re-grading fails halfway', () => {
  it('says the graded columns are incomplete, and says so again when the list is found later', async () => {
    const page = await session.open('lang=en');
    await page.click('#find-list');
    await page.click('#grade');
    await expect.poll(() => page.textContent('#message')).toContain('Graded');
    // the workbook fails at its second sheet: the earlier grading's columns are already replaced
    await page.evaluate(() => {
      const wb = (window as unknown as { crmWorkbook: { replaceSheet(s: unknown): Promise<void> } }).crmWorkbook;
      wb.replaceSheet = () => Promise.reject(new Error('disk full'));
    });
    await page.click('#grade');
    await expect.poll(() => page.textContent('#message')).toContain('Grading stopped halfway (disk full). The graded columns and sheets are INCOMPLETE');
    await page.click('#find-list');
    await expect.poll(() => page.textContent('#message')).toContain('The last grading of this list stopped halfway');
  });
});
