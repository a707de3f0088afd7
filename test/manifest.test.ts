// manifest.xml checked offline (office-addin-manifest validate needs the network): parsed, and held to
// the element order of the Office add-in manifest schema (OfficeApp 1.1, TaskPaneApp; the order is the
// XSD's sequence, as in the OfficeDev Excel-Custom-Functions / SharedRuntime templates' manifests).
import { readFileSync } from 'node:fs';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { normaliseBaseUrl, renderManifest } from '../scripts/manifest.mjs';
import { DIST } from './bundles/load';

const OFFICE = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const OV = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

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
const all = (el: Element, ns: string, name: string) => Array.from(el.getElementsByTagNameNS(ns, name)) as Element[];
const one = (el: Element, ns: string, name: string) => {
  const found = all(el, ns, name);
  expect(found, name).toHaveLength(1);
  return found[0];
};

describe('manifest.xml', () => {
  it('is a TaskPaneApp whose children follow the schema order', () => {
    expect(root.localName).toBe('OfficeApp');
    expect(root.namespaceURI).toBe(OFFICE);
    expect(root.getAttributeNS(XSI, 'type')).toBe('TaskPaneApp');
    expect(children(root).map((e) => e.localName)).toEqual([
      'Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
      'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings',
      'Permissions', 'VersionOverrides',
    ]);
    expect(one(root, OFFICE, 'Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(one(root, OFFICE, 'Version').textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it('asks for ReadWriteDocument only, in Excel, with the shared and custom-functions runtimes', () => {
    expect(one(root, OFFICE, 'Permissions').textContent).toBe('ReadWriteDocument');
    const hosts = children(children(root).find((e) => e.localName === 'Hosts')!);
    expect(hosts.map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
    const sets = all(children(root).find((e) => e.localName === 'Requirements')!, OFFICE, 'Set');
    expect(sets.map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')])).toEqual([
      ['SharedRuntime', '1.1'], ['CustomFunctionsRuntime', '1.1'],
    ]);
  });

  it('runs the functions and the pane in one long-lived shared runtime, namespace CRM', () => {
    const overrides = one(root, OV, 'VersionOverrides');
    expect(children(overrides).map((e) => e.localName)).toEqual(['Hosts', 'Resources']);
    const runtime = one(overrides, OV, 'Runtime');
    expect([runtime.getAttribute('resid'), runtime.getAttribute('lifetime')]).toEqual(['Taskpane.Url', 'long']);
    const cf = all(overrides, OV, 'ExtensionPoint').find((e) => e.getAttributeNS(XSI, 'type') === 'CustomFunctions')!;
    expect(children(cf).map((e) => e.localName)).toEqual(['Script', 'Page', 'Metadata', 'Namespace']);
    const resid = (name: string) => children(cf).find((e) => e.localName === name)!;
    expect(one(resid('Script'), OV, 'SourceLocation').getAttribute('resid')).toBe('Functions.Script.Url');
    expect(one(resid('Page'), OV, 'SourceLocation').getAttribute('resid')).toBe('Taskpane.Url');
    expect(one(resid('Metadata'), OV, 'SourceLocation').getAttribute('resid')).toBe('Functions.Metadata.Url');
    expect(resid('Namespace').getAttribute('resid')).toBe('Functions.Namespace');
    const url = (id: string) => all(root, BT, 'Url').find((u) => u.getAttribute('id') === id)!.getAttribute('DefaultValue');
    expect(url('Functions.Script.Url')).toBe('https://localhost:3000/functions.js');
    expect(url('Functions.Metadata.Url')).toBe('https://localhost:3000/functions.json');
    expect(url('Taskpane.Url')).toBe('https://localhost:3000/taskpane.html');
    const ns = all(root, BT, 'String').find((s) => s.getAttribute('id') === 'Functions.Namespace')!;
    expect(ns.getAttribute('DefaultValue')).toBe('CRM');
  });

  it('has exactly one button, which shows the task pane', () => {
    const controls = all(root, OV, 'Control');
    expect(controls).toHaveLength(1);
    expect(controls[0].getAttributeNS(XSI, 'type')).toBe('Button');
    const action = one(controls[0], OV, 'Action');
    expect(action.getAttributeNS(XSI, 'type')).toBe('ShowTaskpane');
    expect(one(action, OV, 'SourceLocation').getAttribute('resid')).toBe('Taskpane.Url');
  });

  it('defines every resid it uses and uses every resource it defines', () => {
    const used = new Set<string>();
    const walk = (el: Element) => {
      const r = el.getAttribute('resid');
      if (r) used.add(r);
      children(el).forEach(walk);
    };
    walk(root);
    const defined = new Set([...all(root, BT, 'Image'), ...all(root, BT, 'Url'), ...all(root, BT, 'String')]
      .map((e) => e.getAttribute('id')).filter((id): id is string => Boolean(id)));
    expect([...used].sort()).toEqual([...defined].sort());
    for (const id of defined) expect(id.length).toBeLessThanOrEqual(32); // the schema's resid limit
  });

  it('points every URL at the development base, over https', () => {
    const urls = [...source.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(10);
    for (const u of urls) expect(u.startsWith('https://localhost:3000/')).toBe(true);
  });

  it('has zh-CN and zh-TW overrides for the name and the function metadata', () => {
    const overrides = (el: Element) => Object.fromEntries(children(el).filter((c) => c.localName === 'Override')
      .map((o) => [o.getAttribute('Locale'), o.getAttribute('Value')]));
    expect(overrides(one(root, OFFICE, 'DisplayName'))).toEqual({ 'zh-CN': 'CRM 客户分级', 'zh-TW': 'CRM 客戶分級' });
    const metadata = all(root, BT, 'Url').find((u) => u.getAttribute('id') === 'Functions.Metadata.Url')!;
    expect(overrides(metadata)).toEqual({
      'zh-CN': 'https://localhost:3000/functions.zh-CN.json',
      'zh-TW': 'https://localhost:3000/functions.zh-TW.json',
    });
  });
});

describe('the built manifest', () => {
  it('moves every URL to the production base given at build time', () => {
    const rendered = renderManifest(source, 'https://grader.example.com/app');
    parse(rendered);
    expect(rendered).not.toContain('localhost');
    expect(rendered).toContain('DefaultValue="https://grader.example.com/app/functions.json"');
  });

  it('refuses a base Office cannot load', () => {
    expect(() => normaliseBaseUrl('ftp://x')).toThrow('must use https');
    expect(() => normaliseBaseUrl('http://example.com')).toThrow('must use https');
    expect(() => normaliseBaseUrl('grader')).toThrow('is not an absolute URL');
    expect(normaliseBaseUrl('http://localhost:3000/excel')).toBe('http://localhost:3000/excel/');
  });

  it('is written to dist/excel with the development base /excel/', () => {
    const built = readFileSync(`${DIST}/excel/manifest.xml`, 'utf8');
    expect(built).toContain('DefaultValue="https://localhost:3000/excel/taskpane.html"');
    expect(built).not.toMatch(/localhost:3000\/(?!excel\/)/);
  });
});
