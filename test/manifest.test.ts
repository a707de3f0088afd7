// manifest.xml checked offline (office-addin-manifest validate needs the network): parsed with xmldom and
// held to the element order of the Office add-in manifest schema.
//
// Where the order comes from: Microsoft's "How to find the proper order of manifest elements"
// (https://learn.microsoft.com/office/dev/add-ins/develop/manifest-element-ordering; source
// OfficeDev/office-js-docs-pr docs/develop/manifest-element-ordering.md), sections "Basic task pane add-in
// element ordering" and "Task pane add-in element ordering within VersionOverrides", which transcribe the
// xs:sequence of the XSDs published in [MS-OWEMXML] (e.g. its Resources type: Images, Urls, ShortStrings,
// LongStrings; its taskpane Host type: Runtimes, AllFormFactors, then DesktopFormFactor). The OfficeDev
// Excel-Custom-Functions template's manifest.xml uses the same order.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { normaliseBaseUrl, PLACEHOLDER, renderManifest } from '../scripts/manifest.mjs';
import { DIST } from './bundles/load';

const OFFICE = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const OV = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const BASE = 'https://localhost:3000/';

const source = readFileSync(new URL('../manifest.xml', import.meta.url), 'utf8');
const parse = (xml: string) => {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => { if (level !== 'warning') errors.push(message); } })
    .parseFromString(xml, 'text/xml');
  expect(errors).toEqual([]);
  return doc.documentElement as unknown as Element;
};
const root = parse(source);
const children = (el: Element) => Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1);
const names = (el: Element) => children(el).map((e) => e.localName);
const child = (el: Element, name: string) => {
  const found = children(el).filter((e) => e.localName === name);
  expect(found, `${el.localName} > ${name}`).toHaveLength(1);
  return found[0];
};
const all = (el: Element, ns: string, name: string) => Array.from(el.getElementsByTagNameNS(ns, name)) as Element[];
const one = (el: Element, ns: string, name: string) => {
  const found = all(el, ns, name);
  expect(found, name).toHaveLength(1);
  return found[0];
};
const overridesEl = one(root, OV, 'VersionOverrides');
const host = child(child(overridesEl, 'Hosts'), 'Host');
const desktop = child(host, 'DesktopFormFactor');
const resources = child(overridesEl, 'Resources');
/** The resources it defines: bt:Image (only under Resources; the ribbon's Icon uses bt:Image too), bt:Url, bt:String. */
const defined = () => [...all(resources, BT, 'Image'), ...all(resources, BT, 'Url'), ...all(resources, BT, 'String')];
/** A resource by id. */
const resource = (id: string) => {
  const found = defined().filter((e) => e.getAttribute('id') === id);
  expect(found, id).toHaveLength(1);
  return found[0];
};
/** Locale -> Value of an element's Override children (OfficeApp's or bt:'s). */
const overrides = (el: Element) => Object.fromEntries(children(el).filter((c) => c.localName === 'Override')
  .map((o) => [o.getAttribute('Locale'), o.getAttribute('Value')]));

describe('manifest.xml', () => {
  it('is a TaskPaneApp with the manifest namespaces', () => {
    expect(root.localName).toBe('OfficeApp');
    expect(root.namespaceURI).toBe(OFFICE);
    expect(root.getAttributeNS(XSI, 'type')).toBe('TaskPaneApp');
    expect(root.getAttribute('xmlns:bt')).toBe(BT);
    expect(root.getAttribute('xmlns:ov')).toBe(OV);
    expect(overridesEl.namespaceURI).toBe(OV);
    expect(overridesEl.getAttributeNS(XSI, 'type')).toBe('VersionOverridesV1_0');
  });

  it('orders the children of OfficeApp as the schema does', () => {
    expect(names(root)).toEqual([
      'Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
      'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings',
      'Permissions', 'VersionOverrides',
    ]);
    expect(child(root, 'Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(child(root, 'Version').textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(root, 'ProviderName').textContent).toBe('CRM Grader');
    expect(child(root, 'DefaultLocale').textContent).toBe('en-US');
    expect(child(root, 'IconUrl').getAttribute('DefaultValue')).toBe(`${BASE}assets/icon-32.png`);
    expect(child(root, 'HighResolutionIconUrl').getAttribute('DefaultValue')).toBe(`${BASE}assets/icon-80.png`);
    expect(child(child(root, 'DefaultSettings'), 'SourceLocation').getAttribute('DefaultValue')).toBe(`${BASE}taskpane.html`);
    expect(children(child(root, 'AppDomains'))).toEqual([]);
  });

  it('orders the children of VersionOverrides as the schema does', () => {
    expect(names(overridesEl)).toEqual(['Hosts', 'Resources']);
    expect(names(host)).toEqual(['Runtimes', 'AllFormFactors', 'DesktopFormFactor']);
    expect(names(desktop)).toEqual(['GetStarted', 'FunctionFile', 'ExtensionPoint']);
    expect(names(child(desktop, 'GetStarted'))).toEqual(['Title', 'Description', 'LearnMoreUrl']);
    const group = one(desktop, OV, 'Group');
    expect(names(group)).toEqual(['Label', 'Icon', 'Control']);
    expect(names(one(group, OV, 'Control'))).toEqual(['Label', 'Supertip', 'Icon', 'Action']);
    expect(names(one(group, OV, 'Action'))).toEqual(['TaskpaneId', 'SourceLocation']);
    expect(names(resources)).toEqual(['Images', 'Urls', 'ShortStrings', 'LongStrings']);
  });

  it('asks for ReadWriteDocument only, in Excel, with the shared and custom-functions runtimes', () => {
    expect(child(root, 'Permissions').textContent).toBe('ReadWriteDocument');
    expect(children(child(root, 'Hosts')).map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
    expect(host.getAttributeNS(XSI, 'type')).toBe('Workbook');
    const sets = all(child(root, 'Requirements'), OFFICE, 'Set');
    expect(sets.map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')])).toEqual([
      ['SharedRuntime', '1.1'], ['CustomFunctionsRuntime', '1.1'],
    ]);
  });

  it('runs the functions and the pane in one long-lived shared runtime, namespace CRM', () => {
    const runtimes = children(child(host, 'Runtimes'));
    expect(runtimes.map((r) => [r.localName, r.getAttribute('resid'), r.getAttribute('lifetime')]))
      .toEqual([['Runtime', 'Taskpane.Url', 'long']]);
    const cf = child(child(host, 'AllFormFactors'), 'ExtensionPoint');
    expect(cf.getAttributeNS(XSI, 'type')).toBe('CustomFunctions');
    expect(names(cf)).toEqual(['Script', 'Page', 'Metadata', 'Namespace']);
    const url = (name: string) => resource(child(child(cf, name), 'SourceLocation').getAttribute('resid')!)
      .getAttribute('DefaultValue');
    expect(url('Script')).toBe(`${BASE}functions.js`);
    expect(url('Page')).toBe(`${BASE}taskpane.html`);
    expect(url('Metadata')).toBe(`${BASE}functions.json`);
    expect(child(cf, 'Namespace').getAttribute('resid')).toBe('Functions.Namespace');
    expect(resource('Functions.Namespace').getAttribute('DefaultValue')).toBe('CRM');
    // The pane's page is also the function file, so ribbon commands share the same runtime.
    expect(child(desktop, 'FunctionFile').getAttribute('resid')).toBe('Taskpane.Url');
  });

  it('has exactly one button, which shows the task pane', () => {
    const controls = all(root, OV, 'Control');
    expect(controls).toHaveLength(1);
    expect(controls[0].getAttributeNS(XSI, 'type')).toBe('Button');
    const point = child(desktop, 'ExtensionPoint');
    expect(point.getAttributeNS(XSI, 'type')).toBe('PrimaryCommandSurface');
    const actions = all(root, OV, 'Action');
    expect(actions).toHaveLength(1);
    expect(actions[0].getAttributeNS(XSI, 'type')).toBe('ShowTaskpane');
    expect(child(actions[0], 'TaskpaneId').textContent).toBe('ButtonId1');
    expect(child(actions[0], 'SourceLocation').getAttribute('resid')).toBe('Taskpane.Url');
  });

  it('defines every resid it uses and uses every resource it defines', () => {
    const used = new Set<string>();
    const walk = (el: Element) => {
      const r = el.getAttribute('resid');
      if (r) used.add(r);
      children(el).forEach(walk);
    };
    walk(root);
    const ids = defined().map((e) => e.getAttribute('id') ?? '');
    expect(new Set(ids).size).toBe(ids.length); // ids are unique across the manifest
    expect([...used].sort()).toEqual([...ids].sort());
    expect(used.size).toBeGreaterThanOrEqual(12);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(32); // the schema's resid limit
  });

  it('points every URL at the development base, over https', () => {
    const urls = [...all(resources, BT, 'Url'), ...all(resources, BT, 'Image')].flatMap((e) =>
      [e.getAttribute('DefaultValue'), ...Object.values(overrides(e))]);
    expect(urls).toHaveLength(9);
    for (const u of urls) expect(u).toMatch(/^https:\/\/localhost:3000\/[\w./-]+$/);
    // And nothing else in the file names another host (IconUrl, SupportUrl, DefaultSettings...).
    const anywhere = [...source.matchAll(/"(https?:\/\/[^"]+)"/g)].map((m) => m[1])
      .filter((u) => !u.startsWith('http://schemas.microsoft.com/') && u !== XSI);
    expect(anywhere.length).toBeGreaterThan(urls.length);
    for (const u of anywhere) expect(u.startsWith(BASE), u).toBe(true);
  });

  it('has zh-CN and zh-TW overrides for the name, the description, the strings and the function metadata', () => {
    expect(child(root, 'DisplayName').getAttribute('DefaultValue')).toBe('CRM Grader');
    expect(overrides(child(root, 'DisplayName'))).toEqual({ 'zh-CN': 'CRM 客户分级', 'zh-TW': 'CRM 客戶分級' });
    expect(Object.keys(overrides(child(root, 'Description')))).toEqual(['zh-CN', 'zh-TW']);
    expect(overrides(resource('Functions.Metadata.Url'))).toEqual({
      'zh-CN': `${BASE}functions.zh-CN.json`,
      'zh-TW': `${BASE}functions.zh-TW.json`,
    });
    // Every label a user reads is translated; the namespace stays CRM in every language, so a workbook's
    // =CRM.RFM_SCORE(...) formulas keep working when opened in Excel set to another language.
    for (const s of all(resources, BT, 'String')) {
      const id = s.getAttribute('id');
      const expected = id === 'Functions.Namespace' ? [] : ['zh-CN', 'zh-TW'];
      expect(Object.keys(overrides(s)), id!).toEqual(expected);
    }
  });
});

describe('the built manifest', () => {
  it('moves every URL to the production base given at build time', () => {
    const rendered = renderManifest(source, 'https://grader.example.com/app');
    parse(rendered);
    expect(rendered).not.toContain('localhost');
    expect(rendered.split('https://grader.example.com/app/').length).toBe(source.split(PLACEHOLDER).length);
    expect(rendered).toContain('DefaultValue="https://grader.example.com/app/functions.json"');
    expect(rendered).toContain('Value="https://grader.example.com/app/functions.zh-TW.json"');
  });

  it('refuses a base Office cannot load', () => {
    expect(() => renderManifest(source, 'ftp://x')).toThrow('must use https');
    expect(() => renderManifest(source, 'http://example.com')).toThrow('must use https');
    expect(() => normaliseBaseUrl('grader')).toThrow('is not an absolute URL');
    expect(() => normaliseBaseUrl('https://grader.example.com/?v=1&x')).toThrow('must not have a query');
    expect(normaliseBaseUrl('http://localhost:3000/excel')).toBe('http://localhost:3000/excel/');
    expect(normaliseBaseUrl('https://grader.example.com/app/')).toBe('https://grader.example.com/app/');
  });

  it('is written to dist/excel with the development base /excel/, and names only files the build wrote', () => {
    const built = readFileSync(join(DIST, 'excel', 'manifest.xml'), 'utf8');
    expect(built).toContain('DefaultValue="https://localhost:3000/excel/taskpane.html"');
    expect(built).not.toMatch(/localhost:3000\/(?!excel\/)/);
    const files = [...built.matchAll(/"https:\/\/localhost:3000\/excel\/([^"]+)"/g)].map((m) => m[1]);
    expect(files).toContain('functions.zh-CN.json');
    for (const file of new Set(files)) expect(existsSync(join(DIST, 'excel', file)), file).toBe(true);
  });
});
