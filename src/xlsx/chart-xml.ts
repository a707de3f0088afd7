import type { LineChart } from './workbook-model';

const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** "A2:A21" on sheet "X" as an absolute reference: 'X'!$A$2:$A$21. */
function absoluteRef(sheetName: string, range: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!${range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`;
}

/**
 * The chart part of a line chart: a scatter chart with straight lines, so x is a number axis (shares of
 * customers) as a Pareto curve needs.
 * @example chartXml('CRM Summary', { title: 'Pareto', x: 'A2:A21', y: 'B2:B21', ... }) // '<?xml ...<c:chartSpace ...'
 */
export function chartXml(sheetName: string, chart: LineChart): string {
  if (chart.kind === 'bar') return barChartXml(sheetName, chart);
  const axis = (id: number, cross: number, position: string) =>
    `<c:valAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="${position}"/><c:numFmt formatCode="0%" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${cross}"/><c:crosses val="autoZero"/><c:crossBetween val="midCat"/></c:valAx>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="en-US" sz="1200" b="1"/><a:t>${escape(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${escape(chart.title)}</c:v></c:tx><c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="2B6CB0"/></a:solidFill></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker><c:xVal><c:numRef><c:f>${escape(absoluteRef(sheetName, chart.x))}</c:f></c:numRef></c:xVal><c:yVal><c:numRef><c:f>${escape(absoluteRef(sheetName, chart.y))}</c:f></c:numRef></c:yVal><c:smooth val="0"/></c:ser><c:axId val="101"/><c:axId val="102"/></c:scatterChart>${axis(101, 102, 'b')}${axis(102, 101, 'l')}</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;
}

const TITLE = (title: string) => `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="en-US" sz="1200" b="1"/><a:t>${escape(title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;

/**
 * The chart part of a bar chart: one column per category (the funnel's stages, text in x) with its
 * value (y), on a category axis and a number axis from 0.
 * @example barChartXml('CRM Funnel', { kind: 'bar', title: 'Leads', x: 'A5:A9', y: 'C5:C9', ... }) // '<?xml ...<c:barChart><c:barDir val="col"/>...'
 */
export function barChartXml(sheetName: string, chart: LineChart): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart>${TITLE(chart.title)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${escape(chart.title)}</c:v></c:tx><c:spPr><a:solidFill><a:srgbClr val="2B6CB0"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/><c:cat><c:strRef><c:f>${escape(absoluteRef(sheetName, chart.x))}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${escape(absoluteRef(sheetName, chart.y))}</c:f></c:numRef></c:val></c:ser><c:gapWidth val="60"/><c:axId val="201"/><c:axId val="202"/></c:barChart><c:catAx><c:axId val="201"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="202"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx><c:valAx><c:axId val="202"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="201"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;
}

/**
 * The drawing part that places charts on a sheet, one anchor each (relationship ids rId1, rId2, ...).
 * @example drawingXml([chart]) // '<?xml ...<xdr:wsDr ...'
 */
export function drawingXml(charts: readonly LineChart[]): string {
  const anchors = charts.map((c, i) => `<xdr:twoCellAnchor><xdr:from><xdr:col>${c.at.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${c.at.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${c.at.column + c.size.columns}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${c.at.row + c.size.rows}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId${i + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${anchors}</xdr:wsDr>`;
}
