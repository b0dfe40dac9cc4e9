// Hostile YAML and keys: alias bombs, deep nesting and prototype keys (`__proto__`, `constructor`,
// `prototype`) in front matter and in every kind of config file are refused with one line and pollute
// nothing; a config file cannot make `disclose index` read a template outside its own folder.
import { copyFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { check, configFromData, parseMarkdownReport } from '../../src/index.js';
import { DiscloseError } from '../../src/model/errors.js';
import { disclose, expectRefusal, root } from '../helpers/run-in-process.js';
import { corpus, FRONT_MATTER, scratch } from './support.js';
import { aliasBomb } from '../../scripts/lib/hostile-shapes.mjs';
import { loadConfig } from '../../src/config/load-config.js';
import { errorOf } from '../helpers/catalog-dir.js';

const { dir, write } = scratch();
/** A folder outside the project of the template tests. */
const elsewhere = scratch();
const report = write('report.md', `${FRONT_MATTER}# About\n\n<!-- disclose: GRI 2-1 -->\n\nText.\n`);
const polluted = (): unknown => (({}) as Record<string, unknown>)['polluted'];

describe('YAML bombs', () => {
  test('a billion-laughs alias bomb in front matter is refused at once', async () => {
    expectRefusal(await disclose(['check', corpus('alias-bomb.md')]), /alias-bomb\.md`: front matter: expands YAML aliases \(`\*name`\) to more than 10,000 values/);
  });

  test('a billion-laughs alias bomb in a config file is refused at once', async () => {
    expectRefusal(await disclose(['check', '--config', corpus('alias-bomb.config.yaml'), report]), /alias-bomb\.config\.yaml: config expands YAML aliases \(`\*name`\) to more than 10,000 values/);
  });

  test('48 aliases of a large anchor (under any alias count, 1.3 GB expanded) are refused by the size they expand to', () => {
    const bomb = aliasBomb(50_000, 48);
    const error = errorOf(() => parseMarkdownReport([{ path: 'r.md', text: bomb }]));
    expect(error.message).toBe('`r.md`: front matter: expands YAML aliases (`*name`) to more than 10,000 values; expected plain keys and values');
    const config = write('anchor.config.yaml', bomb.split('---\n')[1]!);
    expect(errorOf(() => loadConfig(config, [])).message).toMatch(/anchor\.config\.yaml: config expands YAML aliases/);
    // A few aliases of a small anchor, as a real front matter might use, are fine.
    const small = parseMarkdownReport([{ path: 'r.md', text: '---\ntitle: &name Acme Group\norganization: *name\n---\n\n# A\n' }]);
    expect(small.meta).toMatchObject({ title: 'Acme Group', organization: 'Acme Group' });
  });

  test('front matter and config nested 20,000 levels deep are refused, not a stack overflow', async () => {
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    expectRefusal(await disclose(['check', write('deep-front-matter.md', `---\ntitle: ${deep}\n---\n\n# A\n`)]), /deep-front-matter\.md`: front matter is nested too deeply/);
    expectRefusal(await disclose(['check', '--config', write('deep.config.yaml', `title: ${deep}\n`), report]), /deep\.config\.yaml: config is nested too deeply/);
  });
});

describe('prototype keys', () => {
  test('in front matter: refused with the key and its line', async () => {
    expectRefusal(await disclose(['check', corpus('prototype-front-matter.md')]), /prototype-front-matter\.md`: front matter \(line 3\): `__proto__` is not an allowed key/);
    expectRefusal(await disclose(['check', corpus('constructor-front-matter.md')]), /constructor-front-matter\.md`: front matter \(line 6\): `constructor` is not an allowed key/);
  });

  test('in disclose.config.json, .yaml and package.json#disclose: refused as unknown keys', async () => {
    expectRefusal(await disclose(['check', '--config', corpus('prototype.config.json'), report]), /prototype\.config\.json: config: the top level has an unknown key `__proto__`/);
    expectRefusal(await disclose(['check', '--config', corpus('constructor.config.yaml'), report]), /constructor\.config\.yaml: config: the top level has an unknown key `constructor`/);
    expectRefusal(await disclose(['check', '--config', corpus('prototype-rules.config.yaml'), report]), /config names an unknown rule `__proto__`/);
    const project = join(dir, 'project');
    mkdirSync(project);
    write('project/package.json', JSON.stringify({ name: 'x', disclose: { frameworks: { gri: { prototype: { polluted: true } } } } }));
    copyFileSync(report, join(project, 'report.md'));
    // Found upward from the working directory, as a user's package.json would be.
    expectRefusal(await disclose(['check', 'report.md'], { cwd: project }), /package\.json#disclose: config: `frameworks\.gri` has an unknown key `prototype`/);
  });

  test('through the library: refused or ignored, Object.prototype untouched', async () => {
    const data = JSON.parse('{"__proto__": {"polluted": 1}, "frameworks": {"gri": {"__proto__": {"polluted": 2}}}}') as unknown;
    expect(() => configFromData(data, 'x.json', [])).toThrow(DiscloseError);
    expect(() => parseMarkdownReport([{ path: 'r.md', text: '---\n__proto__: { polluted: 3 }\n---\n' }])).toThrow(DiscloseError);
    // Defaults handed to the library unvalidated: prototype keys are skipped when merged.
    const defaults = JSON.parse('{"__proto__": {"polluted": 4}, "constructor": {"prototype": {"polluted": 5}}, "frameworks": {"__proto__": {"polluted": 6}}}');
    const result = await check([report], { defaults });
    expect(result.reports).toHaveLength(1);
    expect(polluted()).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('template paths', () => {
  const project = join(dir, 'templates-project');
  mkdirSync(join(project, 'templates'), { recursive: true });
  copyFileSync(join(root, 'templates', 'gri', 'index.md.hbs'), join(project, 'templates', 'ours.hbs'));
  copyFileSync(report, join(project, 'report.md'));
  // A file beside the project, as ~/.ssh/id_rsa or /proc/self/environ would be.
  symlinkSync(write('secret.txt', 'TOKEN=secret\n'), join(project, 'templates', 'link.hbs'));

  test('a config found upward may name a template inside its folder', async () => {
    write('templates-project/disclose.config.yaml', 'templates: { gri: templates/ours.hbs }\n');
    const run = await disclose(['index', 'report.md'], { cwd: project });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^# GRI content index/);
  });

  test('a config naming a template outside its folder is refused, by path or through a symbolic link', async () => {
    write('templates-project/disclose.config.yaml', 'templates: { gri: ../../../../../../../../etc/passwd }\n');
    expectRefusal(await disclose(['index', 'report.md'], { cwd: project }), /`templates\.gri` \(`\.\.\/\.\.\/.*etc\/passwd`\) is outside the config file's folder/);
    write('templates-project/disclose.config.yaml', 'templates: { gri: /etc/passwd }\n');
    expectRefusal(await disclose(['index', 'report.md'], { cwd: project }), /`templates\.gri` \(`\/etc\/passwd`\) is outside the config file's folder/);
    write('templates-project/disclose.config.yaml', 'templates: { gri: templates/link.hbs }\n');
    expectRefusal(await disclose(['index', 'report.md'], { cwd: project }), /`templates\.gri` \(`templates\/link\.hbs`\) links to a file outside the config file's folder/);
  });

  test('--template on the command line is the user’s choice, wherever the file is', async () => {
    write('templates-project/disclose.config.yaml', 'templates: { gri: ../../../../../../../../etc/passwd }\n');
    const template = elsewhere.write('elsewhere.hbs', '{{#each groups}}{{#each rows}}{{code}};{{/each}}{{/each}}');
    const run = await disclose(['index', 'report.md', '--no-config', '--template', template], { cwd: project });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('2-1;\n');
  });
});
