// The sidecar's name (issue 13): `reports/acme.pdf` -> `reports/acme.disclose.yaml`. In model/ because
// ingest reads the sidecar and suggest's hints name it, and neither may import the other.
import { basename, dirname, extname, join } from 'node:path';

export const SIDECAR_SUFFIX = '.disclose.yaml';

export function sidecarName(reportPath: string): string {
  const name = basename(reportPath);
  const stem = extname(name) ? name.slice(0, -extname(name).length) : name;
  return join(dirname(reportPath), `${stem}${SIDECAR_SUFFIX}`);
}
