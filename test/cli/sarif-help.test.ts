// SARIF rule help from the CLI: every rule says what to do; rule links follow package.json `homepage`,
// and without one (as today: the project has no public URL yet) no link is made up.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { disclose, root } from '../helpers/run-in-process.js';

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { homepage?: string };

interface SarifRule {
  id: string;
  help?: { text: string; markdown: string };
  helpUri?: string;
}

test('check --format sarif: help on every rule; helpUri and informationUri exactly when package.json has a homepage', async () => {
  const run = await disclose(['check', 'test/fixtures/reports/sasb-hardware.md', '--format', 'sarif']);
  expect(run.status).toBe(1);
  const driver = (JSON.parse(run.stdout) as { runs: { tool: { driver: { informationUri?: string; rules: SarifRule[] } } }[] }).runs[0]!.tool.driver;
  expect(driver.rules.length).toBeGreaterThan(10);
  for (const rule of driver.rules) {
    expect(rule.help?.markdown).toMatch(/\*\*What to do:\*\* \S/);
    expect(rule.helpUri).toBe(manifest.homepage ? `${manifest.homepage}#rule-${rule.id}` : undefined);
  }
  expect(driver.informationUri).toBe(manifest.homepage);
});
