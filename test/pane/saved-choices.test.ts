import { describe, expect, it } from 'vitest';
import { restoreChoices } from '../../taskpane/app/saved-choices';
import { RFM_PRESETS } from '../../src/models/presets';

const saved = { headers: ['客户名称', '订单数', '金额'], columns: { frequency: 1, monetary: 2 }, preset: 'five', tables: RFM_PRESETS.five };

describe('restoreChoices', () => {
  it('restores the choices saved for the same list', () => {
    expect(restoreChoices(JSON.stringify(saved), ['客户名称', '订单数', '金额'])).toEqual(saved);
  });
  it('ignores choices saved for another list, nothing saved, and damaged text', () => {
    expect(restoreChoices(JSON.stringify(saved), ['Customer', 'Orders', 'Amount'])).toBeUndefined();
    expect(restoreChoices(undefined, ['a'])).toBeUndefined();
    expect(restoreChoices('{"headers": [', ['a'])).toBeUndefined();
  });
  it('never restores a broken band table', () => {
    const broken = { ...saved, tables: { ...RFM_PRESETS.five, f: { from: [0, 4, 2], score: [1, 2, 3] } } };
    expect(restoreChoices(JSON.stringify(broken), saved.headers)).toBeUndefined();
  });
});
