// The sidecar's name (issue 13): `reports/acme.pdf` -> `reports/acme.disclose.yaml`. In model/ because
// ingest reads the sidecar and suggest's hints name it, and neither may import the other; plain string
// work (model/ imports nothing), on either separator, as the path was given.

export const SIDECAR_SUFFIX = '.disclose.yaml';

export function sidecarName(reportPath: string): string {
  const cut = Math.max(reportPath.lastIndexOf('/'), reportPath.lastIndexOf('\\')) + 1;
  const name = reportPath.slice(cut);
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  return `${reportPath.slice(0, cut)}${stem}${SIDECAR_SUFFIX}`;
}
