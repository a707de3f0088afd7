// The small parts of an .xlsx package around its sheets: content types, relationships, the workbook
// with its defined names, and the styles. Written once the sheets are known.
import { xmlText } from './sheet-xml';
import type { DefinedName } from './workbook-model';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00"/></numFmts>
<fonts count="4"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="14"/><name val="Calibri"/></font><font><i/><sz val="10"/><color rgb="FF52606D"/><name val="Calibri"/></font></fonts>
<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDCE7F3"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFF4CC"/></patternFill></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="9">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>
<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment wrapText="0"/></xf>
<xf numFmtId="0" fontId="0" fillId="3" borderId="0" xfId="0" applyFill="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
<!--DXFS-->
</styleSheet>`;

/**
 * styles.xml: the cell styles of STYLE_INDEX, and one differential style (a fill) per colour the
 * colour rules use, in the order given.
 * @example stylesXml(['B7E1A1']) // '<?xml ...<dxfs count="1"><dxf><fill>...B7E1A1...'
 */
export function stylesXml(fills: readonly string[]): string {
  const dxfs = fills.length === 0 ? ''
    : `<dxfs count="${fills.length}">${fills.map((f) => `<dxf><fill><patternFill patternType="solid"><bgColor rgb="FF${f}"/></patternFill></fill></dxf>`).join('')}</dxfs>`;
  return STYLES.replace('<!--DXFS-->', dxfs);
}

/**
 * A relationships part.
 * @example relationshipsXml([['officeDocument', 'xl/workbook.xml']]) // '<?xml ...<Relationship Id="rId1" .../officeDocument" Target="xl/workbook.xml"/>...'
 */
export function relationshipsXml(targets: readonly (readonly [type: string, target: string])[]): string {
  return `${XML_DECLARATION}<Relationships xmlns="${RELS_NS}">${targets.map(([type, target], i) =>
    `<Relationship Id="rId${i + 1}" Type="${DOC_RELS}/${type}" Target="${target}"/>`).join('')}</Relationships>`;
}

/**
 * [Content_Types].xml for `sheets` worksheets plus the overrides of any drawings and charts.
 * @example contentTypesXml(1, []) // '<?xml ...<Override PartName="/xl/worksheets/sheet1.xml" .../></Types>'
 */
export function contentTypesXml(sheets: number, overrides: readonly string[]): string {
  const sheetOverrides = Array.from({ length: sheets }, (_, i) =>
    `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('');
  return `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheetOverrides}${overrides.join('')}</Types>`;
}

/**
 * The content-type override of a drawing or chart part.
 * @example partOverride('/xl/charts/chart1.xml', 'drawingml.chart') // '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>'
 */
export function partOverride(path: string, kind: 'drawing' | 'drawingml.chart'): string {
  return `<Override PartName="${path}" ContentType="application/vnd.openxmlformats-officedocument.${kind}+xml"/>`;
}

/**
 * xl/workbook.xml: the sheets in order, the defined names, and each header filter's hidden name.
 * @example workbookXml([{ name: 'List', autoFilter: 'A1:C9' }], []) // '<?xml ...<sheet name="List" sheetId="1" r:id="rId1"/>...'
 */
export function workbookXml(sheets: readonly { name: string; autoFilter?: string }[], names: readonly DefinedName[]): string {
  const sheetEntries = sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const definedNames = [
    ...names.map((n) => `<definedName name="${xmlText(n.name)}"${n.comment ? ` comment="${xmlText(n.comment)}"` : ''}>${xmlText(n.ref)}</definedName>`),
    // The header filter's hidden name, which Excel expects beside an autoFilter.
    ...sheets.flatMap((s, i) => (s.autoFilter
      ? [`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlText(`'${s.name.replace(/'/g, "''")}'!${absolute(s.autoFilter)}`)}</definedName>`]
      : [])),
  ];
  const allNames = definedNames.length ? `<definedNames>${definedNames.join('')}</definedNames>` : '';
  return `${XML_DECLARATION}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${DOC_RELS}"><bookViews><workbookView/></bookViews><sheets>${sheetEntries}</sheets>${allNames}<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`;
}

/** "A1:K20" -> "$A$1:$K$20". */
function absolute(range: string): string {
  return range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}
