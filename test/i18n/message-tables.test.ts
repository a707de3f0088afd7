// The message tables (src/i18n): the functions' table `format` reads, and the tables only a one-click
// grading reads, split so the function bundles carry only their own messages. Together they are the one
// table of before the split: every key in exactly one table, each in en / zh-CN / zh-TW.
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/lang';
import { LEAD_PANE_MESSAGES, leadPaneMessage } from '../../src/i18n/lead-pane-messages';
import { format, MESSAGES } from '../../src/i18n/messages';
import { TABLE_MESSAGES, tableMessage } from '../../src/i18n/table-messages';

// Every key of the single table before the split (messages.ts with the pipeline and lead-pane messages
// merged in), written out here so a key dropped from every table fails.
const KEYS_BEFORE_THE_SPLIT = `
notNumber notRatio ratioAbove ratioBelow negative notFinite notDate upstreamError ambiguousDate
dateOutOfRange decimalComma percentAbove missing afterAsOf belowFirstBand misaligned oneColumn tableShape
tableBlank tableCell tableOrder unknownTable badChoice scoreRange notInteger badCode vectorLength weightsZero
cutoffOrder tooFewPeriods tooFewOrders meanZero shareOrder badLang tooManyArgs ledgerBadRow ledgerBadRows
ledgerNoOrder notWholeMonths problemBlank problemNotNumber problemNotDate problemAmbiguousDate
problemFutureDate problemDuplicateId problemAfterAsOf problemNotGraded ledgerFieldId ledgerFieldDate
ledgerFieldAmount ledgerMissing ledgerNoCustomers tableNoHeader tableHeaderless tableSpaceSeparated
tableMissing tableCouldBe tableAmbiguous tableContradicted tableNoSuchColumn tableDateOrder tableSetting
fieldRecency fieldFrequency fieldMonetary contentDates contentText contentIds contentPhones contentEmails
contentAmounts contentNumbers contentRunning quoted listSeparator orSeparator rowList rowsList andMore
notWhole notPositive btydRecencyAboveT btydRecencyNoRepeat btydTooFewRepeat btydAllTZero ggTooFewRepeat
ggQNotAboveOne btydUnidentified btydNoFit btydParamsShape btydParamsBlank btydParamsBad btydTooManyMonths
btydAtRow widthMismatch notVector vectorCell vectorBlank columnsExpected pointsTableShape pointsTableBlank
pointsTableCell pointsTableDuplicate outcomeWord logitTooFewRows logitAllWon logitAllLost logitConstant
logitCollinear logitSeparated logitTooLarge logitNoFit adviceCoverage adviceValueFit adviceDecisionMaker
adviceInfluencer adviceUser adviceFactors adviceAllFull keyPeopleColumns factorColumns funnelShape
funnelNeedNames funnelColumnNeedsNames funnelNamesCount funnelTooFewStages funnelNameDuplicate funnelRise
funnelUnknownStage funnelRowNotCounted funnelRowsNotCounted funnelNoneReached funnelTargetRate bottleneck
leadHistoryRow leadNoHistory
problemNotAnOrder problemStatusCounted`.trim().split(/\s+/); // (the last two added since, for order statuses)

const TABLES: Record<string, Readonly<Record<string, Readonly<Record<string, string>>>>> = {
  'messages.ts': MESSAGES, 'table-messages.ts': TABLE_MESSAGES, 'lead-pane-messages.ts': LEAD_PANE_MESSAGES,
};

describe('the message tables', () => {
  it('hold the 138 keys of the one table before the split (and since), no more and no fewer', () => {
    expect(KEYS_BEFORE_THE_SPLIT).toHaveLength(138);
    const union = Object.values(TABLES).flatMap((table) => Object.keys(table));
    expect([...new Set(union)].sort()).toEqual([...KEYS_BEFORE_THE_SPLIT].sort());
  });

  it('write each key in one table only', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [file, table] of Object.entries(TABLES)) {
      for (const key of Object.keys(table)) {
        if (seen.has(key)) twice.push(`${key} in ${seen.get(key)} and ${file}`);
        seen.set(key, file);
      }
    }
    expect(twice).toEqual([]);
  });

  it('give every message in en, zh-CN and zh-TW, none blank', () => {
    for (const [file, table] of Object.entries(TABLES)) {
      for (const [key, texts] of Object.entries(table)) {
        expect(Object.keys(texts).sort(), `${file} ${key}`).toEqual([...LANGS].sort());
        for (const lang of LANGS) expect(texts[lang], `${file} ${key} ${lang}`).not.toBe('');
      }
    }
  });

  it('keep the one-click grading messages out of the functions\' table', () => {
    for (const key of ['tableNoHeader', 'tableMissing', 'problemBlank', 'ledgerMissing', 'fieldRecency', 'contentDates', 'quoted', 'leadNoHistory']) {
      expect(key in MESSAGES, key).toBe(false);
    }
  });
});

describe('tableMessage and leadPaneMessage', () => {
  it('fill placeholders by the one rule: a table-reading message in each language', () => {
    expect(tableMessage('en', 'tableMissing', { fields: 'monetary (amount)' })).toBe('column not found: monetary (amount)');
    expect(tableMessage('zh-CN', 'tableMissing', { fields: '消费金额' })).toBe('未找到列：消费金额');
    expect(tableMessage('zh-TW', 'rowsList', { list: '2、5' })).toBe('第 2、5 列');
    expect(tableMessage('en', 'tableNoSuchColumn', { field: 'amount' })).toBe("amount: no column is headed '{name}'");
  });

  it('fill a lead-grading message, in traditional script for zh-TW', () => {
    expect(leadPaneMessage('en', 'leadHistoryRow', { row: 7, reason: 'counts: blank' }))
      .toBe('no conversion probability: row 7 has an outcome but cannot be read: counts: blank');
    expect(leadPaneMessage('zh-TW', 'leadNoHistory')).toBe('未新增轉化機率：結果欄中還沒有贏單或輸單的線索');
  });

  it('refuse a key of another table: a type error (tsc checks these lines), and a throw, never a blank', () => {
    // @ts-expect-error tableMissing is a table-reading message, not a function's
    expect(() => format('en', 'tableMissing', { fields: 'x' })).toThrow();
    // @ts-expect-error notNumber is a function's message, not a table-reading one
    expect(() => tableMessage('en', 'notNumber')).toThrow();
  });
});
