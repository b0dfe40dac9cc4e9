// SARIF is fed from result fixtures; the official OASIS schema (test/fixtures/formatters/README.md) validates it.
import { readFileSync } from 'node:fs';
import AjvDraft04Module from 'ajv-draft-04';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { formatters, type FormatterContext } from '../../src/formatters/index.js';
import { artifactUri, ruleHelpUri } from '../../src/formatters/sarif.js';
import type { CheckResult } from '../../src/model/finding.js';
import { packageRoot } from '../../src/paths.js';
import { rules } from '../../src/rules/index.js';

const dir = join(packageRoot, 'test', 'fixtures', 'formatters');
const load = (name: string): CheckResult => JSON.parse(readFileSync(join(dir, name), 'utf8')) as CheckResult;
const TOOL_URI = 'https://example.org/disclose';
const context = { color: false, rules: rules.map(({ id, description, help, defaultSeverity }) => ({ id, description, help, defaultSeverity })), toolUri: TOOL_URI };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const sarif = (name: string, ctx: FormatterContext = context): any => JSON.parse(formatters['sarif']!(load(name), ctx));

describe('sarif', () => {
  test('snapshot', () => {
    expect(formatters['sarif']!(load('result.json'), context)).toMatchSnapshot();
  });

  test('one 2.1.0 run, the registry as rules with help links and default levels', () => {
    const log = sarif('result.json');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'disclose', version: '0.0.0-test', informationUri: TOOL_URI });
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(rules.map((r) => r.id));
    const superseded = driver.rules.find((r: { id: string }) => r.id === 'superseded-disclosure');
    expect(superseded.helpUri).toBe(`${TOOL_URI}#rule-superseded-disclosure`);
    expect(superseded.helpUri).toBe(ruleHelpUri(TOOL_URI, 'superseded-disclosure'));
    expect(superseded.defaultConfiguration).toEqual({ level: 'error' });
    expect(driver.rules.find((r: { id: string }) => r.id === 'crosswalk-credit').defaultConfiguration).toEqual({ level: 'note' });
  });

  test('every rule carries help: when it fires, then what to do; the link only with a toolUri', () => {
    const driver = sarif('result.json').runs[0].tool.driver;
    for (const rule of rules) {
      const help = driver.rules.find((r: { id: string }) => r.id === rule.id).help;
      expect(help).toEqual({ text: `${rule.description} ${rule.help}`, markdown: `${rule.description}\n\n**What to do:** ${rule.help}` });
      expect(rule.help).toMatch(/^[A-Z].{20,}\.$/);
    }
    // No homepage (package.json has none yet): help text, but no link is made up.
    const unlinked = sarif('result.json', { color: false, rules: context.rules });
    const missing = unlinked.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'missing-disclosure');
    expect(missing.helpUri).toBeUndefined();
    expect(unlinked.runs[0].tool.driver.informationUri).toBeUndefined();
    expect(missing.help.markdown).toContain('**What to do:** Tag the section that reports it');
    // A rule the registry does not know has no help to give.
    const future = sarif('hostile.json').runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'some-future-rule');
    expect(future.help).toBeUndefined();
  });

  test('results: ruleIndex points at the rule, levels, 1-based regions, no region for file-level findings', () => {
    const log = sarif('result.json');
    const { results, tool } = log.runs[0];
    expect(results).toHaveLength(4);
    for (const r of results) expect(tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    expect(results.map((r: { level: string }) => r.level)).toEqual(['error', 'warning', 'note', 'error']);
    expect(results[0].locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'report/01-about.md' }, region: { startLine: 40, startColumn: 16 } });
    expect(results[3].locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'report/01-about.md' } });
    expect(results[0].message.text).toContain('GRI 2-99');
  });

  test('unknown rules get a descriptor; uris are relative with forward slashes and encoded', () => {
    const log = sarif('hostile.json');
    const { results, tool } = log.runs[0];
    const future = results.find((r: { ruleId: string }) => r.ruleId === 'some-future-rule');
    expect(tool.driver.rules[future.ruleIndex].id).toBe('some-future-rule');
    expect(artifactUri('报告 2024\\02,env:x%.md')).toBe('%E6%8A%A5%E5%91%8A%202024/02%2Cenv%3Ax%25.md');
    expect(artifactUri('./a/b.md')).toBe('a/b.md');
    expect(results[0].message.text).toContain('<script>alert("x")</script>');
  });

  test('deterministic, and without rules or toolUri still a valid shape', () => {
    expect(formatters['sarif']!(load('hostile.json'), context)).toBe(formatters['sarif']!(load('hostile.json'), context));
    const bare = sarif('result.json', { color: false });
    expect(bare.runs[0].tool.driver.informationUri).toBeUndefined();
    expect(bare.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['missing-disclosure', 'omission-reason-missing', 'superseded-disclosure', 'unknown-disclosure']);
  });

  const schemaFile = join(dir, 'sarif-schema-2.1.0.json');
  describe('valid against the official SARIF 2.1.0 schema', () => {
    // The SARIF 2.1.0 schema is draft-04: ajv-draft-04 (Ajv's own draft-04 engine) reads it, meta-validation
    // included. ajv-formats is not installed, so `format` (uri, date-time) is not checked.
    // A CommonJS package: under NodeNext its default export is the module object, whose `default` is the class.
    const loaded = AjvDraft04Module as unknown as { default?: typeof Ajv };
    const AjvDraft04 = loaded.default ?? (AjvDraft04Module as unknown as typeof Ajv);
    let validate: ValidateFunction;
    beforeAll(() => {
      // unicodeRegExp off: the schema's `language` pattern has a stray `]` that only the `u` flag rejects.
      const ajv = new AjvDraft04({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
      validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
    });
    test.each(['result.json', 'clean.json', 'hostile.json', 'paged.json'])('%s', (name) => {
      const valid = validate(sarif(name));
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    });
    test('the validator rejects a broken log (the check can fail)', () => {
      const log = sarif('result.json');
      log.runs[0].results[0].level = 'fatal';
      delete log.runs[0].tool.driver.name;
      expect(validate(log)).toBe(false);
    });
  });

  // STRUCTURAL ESSENTIALS: a hand-written subset of SARIF 2.1.0 that is stricter than the schema where we want it
  // (closed property sets of the objects this formatter writes, 1-based regions).
  describe('structural essentials of SARIF 2.1.0 (subset, not the official schema)', () => {
    const message = { type: 'object', additionalProperties: false, required: ['text'], properties: { text: { type: 'string' } } };
    const closed = (properties: Record<string, unknown>, required: string[] = []): object => ({ type: 'object', additionalProperties: false, required, properties });
    const level = { enum: ['none', 'note', 'warning', 'error'] };
    const essentials = closed(
      {
        $schema: { type: 'string' },
        version: { enum: ['2.1.0'] },
        runs: {
          type: 'array',
          items: closed(
            {
              columnKind: { enum: ['utf16CodeUnits', 'unicodeCodePoints'] },
              tool: closed({
                driver: closed(
                  {
                    name: { type: 'string' },
                    version: { type: 'string' },
                    informationUri: { type: 'string' },
                    rules: {
                      type: 'array',
                      uniqueItems: true,
                      items: closed(
                        {
                          id: { type: 'string' },
                          shortDescription: message,
                          help: closed({ text: { type: 'string', minLength: 1 }, markdown: { type: 'string', minLength: 1 } }, ['text', 'markdown']),
                          helpUri: { type: 'string' },
                          defaultConfiguration: closed({ level }),
                        },
                        ['id'],
                      ),
                    },
                  },
                  ['name'],
                ),
              }, ['driver']),
              results: {
                type: 'array',
                items: closed(
                  {
                    ruleId: { type: 'string' },
                    ruleIndex: { type: 'integer', minimum: -1 },
                    level,
                    message,
                    locations: {
                      type: 'array',
                      items: closed({
                        physicalLocation: closed({
                          artifactLocation: closed({ uri: { type: 'string', pattern: '^[^\\\\/][^\\\\]*$' } }),
                          region: closed(
                            { startLine: { type: 'integer', minimum: 1 }, startColumn: { type: 'integer', minimum: 1 }, endLine: { type: 'integer', minimum: 1 }, endColumn: { type: 'integer', minimum: 1 } },
                            ['startLine'],
                          ),
                        }),
                        // A finding without a line (PDF, DOCX): its section and page (paged.json).
                        logicalLocations: { type: 'array', items: closed({ name: { type: 'string' }, fullyQualifiedName: { type: 'string' } }, ['name']) },
                        properties: closed({ page: { type: 'integer', minimum: 1 }, pageLabel: { type: 'string' } }),
                      }),
                    },
                    partialFingerprints: { type: 'object', additionalProperties: { type: 'string' } },
                    properties: { type: 'object' },
                  },
                  ['message'],
                ),
              },
            },
            ['tool'],
          ),
        },
      },
      ['version', 'runs'],
    );
    const validate = new Ajv({ strict: false, allErrors: true }).compile(essentials);
    test.each(['result.json', 'clean.json', 'hostile.json', 'paged.json'])('%s', (name) => {
      validate(sarif(name));
      expect(validate.errors ?? []).toEqual([]);
    });
    test('rejects a broken log (the check can fail)', () => {
      const log = sarif('hostile.json');
      log.runs[0].results[0].level = 'fatal';
      log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
      log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'a\\b.md';
      delete log.runs[0].tool.driver.name;
      expect(validate(log)).toBe(false);
      expect(validate.errors!.length).toBe(4);
    });
  });
});
