import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { callsCustomFunction, parseCall, toNativeFormula } from '../src/formulas/make-shareable';
import { loadSheets } from './bundles/load';

describe('parseCall', () => {
  it('splits arguments at top-level commas only', () => {
    expect(parseCall('=CRM.RFM_SCORE(C4,D4,E4,,,,,"r")')).toEqual({ name: 'RFM_SCORE', args: ['C4', 'D4', 'E4', '', '', '', '', '"r"'] });
    expect(parseCall('=CRM.CLV(B2,C2,D2,E2,MAX(0.1,F2),"a,b")')!.args).toEqual(['B2', 'C2', 'D2', 'E2', 'MAX(0.1,F2)', '"a,b"']);
    expect(parseCall('=SUM(A1:A3)+1')).toBeUndefined();
  });
});

describe('toNativeFormula', () => {
  it('turns the per-row custom functions a graded sheet holds into native formulas', () => {
    expect(toNativeFormula('=CRM.RFM_SCORE(C4,D4,E4,CRM_R_BANDS,CRM_F_BANDS,CRM_M_BANDS,,"r")'))
      .toContain('IFERROR(VLOOKUP(C4,CRM_R_BANDS,2)+0*(VLOOKUP(D4,CRM_F_BANDS,2)+VLOOKUP(E4,CRM_M_BANDS,2)),#VALUE!)');
    expect(toNativeFormula('=CRM.RFM_SCORE(C4,D4,E4,,,,CRM_AS_OF,"f")')).toContain('IF(D4>=10,5,IF(D4>=5,3,IF(D4>=0,1,#VALUE!)))');
    expect(toNativeFormula('=CRM.RFM_SEGMENT(J4)')).toContain('"Important value"');
    expect(toNativeFormula('=CRM.POTENTIAL_INDEX(B2,$C$2,D2)')).toMatch(/,100\*B2\*\$C\$2\*D2,NA\(\),NA\(\),"",#VALUE!\)$/);
    // An omitted margin and rate are written in as their defaults, 1 and 0.
    expect(toNativeFormula('=CRM.CLV(B2,C2,D2,E2)')).toContain(',IFERROR(B2*1*IF(0=0,C2,(1-(1+0)^-C2)/0)-(D2+E2),#VALUE!),NA(),NA(),NA(),"",#VALUE!)');
  });
  it('leaves what a native formula cannot follow: ranges, other tables, quintiles', () => {
    expect(toNativeFormula('=CRM.RFM_SCORE(B2:B500,C2:C500,D2:D500)')).toBeUndefined();
    expect(toNativeFormula('=CRM.RFM_SCORE(C4,D4,E4,"quintile")')).toBeUndefined();
    expect(toNativeFormula('=CRM.RFM_SCORE(C4,D4,E4,H1:I3)')).toBeUndefined();
    expect(toNativeFormula('=CRM.CHURN_RISK(B2:G2,H2:M2)')).toBeUndefined();
    expect(callsCustomFunction('=1+CRM.CLV(B2,C2,D2,E2)')).toBe(true);
    expect(callsCustomFunction('=VLOOKUP(A1,T,2,TRUE)')).toBe(false);
  });
  it('computes in a spreadsheet engine what the custom function computes', () => {
    // RFM code from 45 days, 6 orders, 250,000 with the seed tables (omitted: written into the formula),
    // and CLV with a margin: both ways
    const hf = HyperFormula.buildFromSheets({
      D: [[45, 6, 250000, toNativeFormula('=CRM.RFM_SCORE(A1,B1,C1)')!,
        1000, 2, 100, 50, 0.4, toNativeFormula('=CRM.CLV(E1,F1,G1,H1,I1)')]],
    }, { licenseKey: 'gpl-v3', smartRounding: false });
    const sheets = loadSheets();
    const at = (col: number) => hf.getCellValue({ sheet: hf.getSheetId('D')!, row: 0, col });
    expect(at(3)).toBe(sheets.RFM_SCORE(45, 6, 250000));
    expect(at(9)).toBeCloseTo(sheets.CLV(1000, 2, 100, 50, 0.4) as number, 9);
  });
});
