// `--template FILE`: a user's Handlebars file replaces the built-in template; a bad one is bad input.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DiscloseError } from '../../src/model/errors.js';
import { renderIndex } from '../../src/render/index.js';
import { loadDocument, parseCsv } from './support.js';

const doc = loadDocument();
const hostile = loadDocument('hostile-index-document');
const dir = mkdtempSync(join(tmpdir(), 'disclose-render-'));

function template(name: string, source: string): string {
  const file = join(dir, name);
  writeFileSync(file, source);
  return file;
}

function thrown(fn: () => unknown): DiscloseError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DiscloseError) return error;
    throw error;
  }
  throw new Error('expected a DiscloseError');
}

describe('a user template', () => {
  test('renders with the view, helpers and partials', () => {
    const file = template(
      'list.md.hbs',
      [
        '## {{t "title"}} — {{organization}}',
        '{{#each groups}}',
        '### {{md title}}',
        '{{#each rows}}',
        '- {{md id}}: {{md locationText}}{{#if (eq status "omitted")}} ({{t (join (array "reasons." omission.reason) "")}}){{/if}}',
        '{{/each}}',
        '{{/each}}',
        '',
      ].join('\n'),
    );
    // `array` is not a helper: a user's mistake surfaces as bad input naming the file.
    const error = thrown(() => renderIndex(doc, 'md', { template: file }));
    expect(error.kind).toBe('input');
    expect(error.message).toContain(file);

    const good = template(
      'good.md.hbs',
      [
        '## {{t "title"}} — {{organization}}',
        '{{#each groups}}',
        '### {{md title}}',
        '{{#each rows}}',
        '- {{md id}}: {{md locationText}}{{#if (eq status "omitted")}} ({{md omission.reasonLabel}}){{/if}}',
        '{{/each}}',
        '{{/each}}',
        '{{t "page" page=7}} · {{join sectorStandards " + "}}',
        '',
        '',
      ].join('\n'),
    );
    const out = renderIndex(doc, 'md', { template: good });
    expect(out).toMatchSnapshot();
    expect(out).toContain('## GRI content index — Acme Group Co., Ltd.\n### General disclosures\n- GRI 2-1: About Acme, p. 3\n');
    expect(out).toContain('- GRI 2-21:  (Confidentiality constraints)\n');
    expect(out.endsWith('p. 7 · GRI 14: Mining Sector 2024\n')).toBe(true);
  });

  test('in md and html, {{value}} is HTML-escaped; partials are available', () => {
    const file = template('page.html.hbs', '<h1>{{organization}}</h1>\n{{> html-table}}\n');
    const out = renderIndex(hostile, 'html', { template: file });
    expect(out.startsWith('<h1>O&#x27;Brien &amp; &quot;Sons&quot; &lt;b&gt;Ltd&lt;/b&gt;</h1>\n<table class="content-index">')).toBe(true);
    expect(out).not.toContain('<script');
  });

  test('in csv, {{csv …}} quotes fields', () => {
    const file = template('ids.csv.hbs', '{{csv "id" "explanation"}}\n{{#each groups}}{{#each rows}}{{csv id omission.explanation}}\n{{/each}}{{/each}}');
    const records = parseCsv(renderIndex(hostile, 'csv', { template: file }));
    expect(records[0]).toEqual(['id', 'explanation']);
    expect(records.find((r) => r[0] === 'GRI 2-21')?.[1]).toBe(hostile.groups[0]!.rows[4]!.omission!.explanation);
  });

  test('with a syntax error throws one line naming the file and the line', () => {
    const file = template('broken.md.hbs', '# {{t "title"}}\n{{#each groups}}\n{{md title}\n{{/each}}\n');
    const error = thrown(() => renderIndex(doc, 'md', { template: file }));
    expect(error.kind).toBe('input');
    expect(error.file).toBe(file);
    expect(error.message).toBe(`Template ${file} has a syntax error on line 3: unexpected invalid text near "groups}}{{md title}".`);
  });

  test('with mismatched blocks names the line', () => {
    const file = template('mismatch.md.hbs', 'a\n{{#if reportTitle}}\nx\n{{/each}}\n');
    const error = thrown(() => renderIndex(doc, 'md', { template: file }));
    expect(error.message).toBe(`Template ${file} has a syntax error on line 2: if doesn't match each.`);
  });

  test('that does not exist throws a DiscloseError naming the file', () => {
    const file = join(dir, 'nope.hbs');
    const error = thrown(() => renderIndex(doc, 'html', { template: file }));
    expect(error.kind).toBe('input');
    expect(error.message).toBe(`Cannot read template ${file}: no such file.`);
  });

  test('that is a directory throws a DiscloseError', () => {
    expect(thrown(() => renderIndex(doc, 'csv', { template: dir })).message).toBe(`${dir}: the template is a folder; expected a regular file`);
  });

  test('naming an unknown partial or label fails as bad input, in one line', () => {
    const partial = template('partial.md.hbs', '{{> nope}}\n');
    expect(thrown(() => renderIndex(doc, 'md', { template: partial })).message).toBe(
      `Template ${partial} failed: The partial nope could not be found.`,
    );
    const label = template('label.md.hbs', '{{t "nope.nothing"}}\n');
    expect(thrown(() => renderIndex(doc, 'md', { template: label })).message).toBe(`Template ${label} failed: no label "nope.nothing" in locale en.`);
  });

  test('does not apply to json', () => {
    const file = template('x.hbs', 'x');
    expect(thrown(() => renderIndex(doc, 'json', { template: file })).kind).toBe('usage');
  });
});

test('an unknown language is a usage error', () => {
  const error = thrown(() => renderIndex({ ...doc, lang: 'fr' as 'en' }, 'md'));
  expect(error.kind).toBe('usage');
  expect(error.message).toBe('No content index labels for language "fr"; expected en or zh.');
});
