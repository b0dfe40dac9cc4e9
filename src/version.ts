import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './paths.js';

const manifest = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string; homepage?: unknown };

export const tool = {
  name: 'disclose',
  version: manifest.version,
};

/**
 * package.json `homepage`, when it has one: where rule documentation links point (SARIF `helpUri`:
 * `${homepage}#rule-<id>`). Without one, no link is written rather than a made-up one.
 */
export const toolHomepage: string | undefined = typeof manifest.homepage === 'string' && manifest.homepage.trim() !== '' ? manifest.homepage.trim() : undefined;
