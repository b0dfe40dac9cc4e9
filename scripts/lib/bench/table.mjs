// The benchmark's results as Markdown tables, ready for the README.

export const seconds = (ms) => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`);
export const megabytes = (kb) => `${Math.round(kb / 1024)} MB`;
export const size = (bytes) => (bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

function cell(result, floor) {
  if (!result) return 'n/a';
  const ratio = floor ? ` (${(result.ms / floor.ms).toFixed(2)}×)` : '';
  return `${seconds(result.ms)}${ratio} · ${megabytes(result.rssKB)}`;
}

export function inputsTable(inputs, commands) {
  const lines = [
    `| report | size | floor: read + parse | ${commands.map((c) => `\`${c}\``).join(' | ')} |`,
    `|---|--:|--:|${commands.map(() => '--:').join('|')}|`,
  ];
  for (const input of inputs) {
    const floor = input.results.floor;
    lines.push(`| ${input.label} | ${size(input.bytes)} | ${cell(floor)} | ${commands.map((c) => cell(input.results[c], floor)).join(' | ')} |`);
  }
  return lines.join('\n');
}

/** CPU time (user + system) over the floor's: steadier than wall time on a busy machine. */
export function cpuTable(inputs, commands) {
  const lines = [
    `| report | size | floor CPU | ${commands.map((c) => `\`${c}\``).join(' | ')} |`,
    `|---|--:|--:|${commands.map(() => '--:').join('|')}|`,
  ];
  for (const input of inputs) {
    const floor = input.results.floor;
    const ratio = (c) => (input.results[c] ? `${(input.results[c].cpuMs / floor.cpuMs).toFixed(2)}×` : 'n/a');
    lines.push(`| ${input.label} | ${size(input.bytes)} | ${seconds(floor.cpuMs)} | ${commands.map(ratio).join(' | ')} |`);
  }
  return lines.join('\n');
}

export function startupTable(startup) {
  const base = startup.find((s) => s.baseline);
  const lines = ['| command | median | × `node -e 0` | peak memory |', '|---|--:|--:|--:|'];
  for (const s of startup) lines.push(`| \`${s.label}\` | ${seconds(s.ms)} | ${(s.ms / base.ms).toFixed(2)}× | ${megabytes(s.rssKB)} |`);
  return lines.join('\n');
}
