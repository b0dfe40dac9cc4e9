// One self-contained HTML page for people who do not read linter output: per report its coverage charts
// (inline SVG), the gaps to fix and the content index. No script, no external reference of any kind (a
// Content-Security-Policy forbids them too), no dates: the same result gives the same bytes.
// Everything from the result goes through the escaping `html` template (./html/markup.ts).
import type { CheckResult } from '../model/finding.js';
import type { Formatter } from './formatter.js';
import { html } from './html/markup.js';
import { pageStyle } from './html/page-style.js';
import { reportSection } from './html/report-section.js';
import { HTML_CHROME, type HtmlChrome } from './html/chrome.js';
import { chromeLocale } from './chrome.js';

// Only the inline stylesheet may load; no script, image, font, frame or connection. No URL in it.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

function pageTitle(result: CheckResult, t: HtmlChrome): string {
  return t.pageTitle(result.reports.length === 1 ? result.reports[0]!.file : t.reports(result.reports.length));
}

function summary(result: CheckResult, t: HtmlChrome): string {
  const findings = result.reports.flatMap((r) => r.findings);
  const count = (severity: string): number => findings.filter((f) => f.severity === severity).length;
  return `${t.reports(result.reports.length)} · ${t.errors(count('error'))} · ${t.warnings(count('warning'))} · ${t.infos(count('info'))}`;
}

export const htmlPage: Formatter = (result, context) => {
  // The page's own words in the run's locale (`--locale`, or the reports' `language: zh`).
  const t = HTML_CHROME[chromeLocale(result, context)];
  const title = pageTitle(result, t);
  const { tool } = result;
  const reports = result.reports.map((report, i) => reportSection(report, i, tool, t));
  const toc =
    result.reports.length > 1
      ? html`<nav class="reports" aria-label="${t.reportsNav}"><ol>${result.reports.map((r, i) => html`<li><a href="#report-${i + 1}">${r.file}</a></li>`)}</ol></nav>`
      : '';
  return `${html`<!DOCTYPE html>
<html lang="${t.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="generator" content="${tool.name} ${tool.version}">
<title>${title}</title>
<style>
${pageStyle}
</style>
</head>
<body>
<div class="page">
<header class="page-header">
<p class="eyebrow">${t.eyebrow}</p>
<h1>${title}</h1>
<p class="summary">${summary(result, t)}</p>
</header>
${toc}
<main>
${result.reports.length === 0 ? html`<p class="none">${t.noReport}</p>` : reports}
</main>
<footer class="page-footer"><p>${t.footer(`${tool.name} ${tool.version}`)}</p></footer>
</div>
</body>
</html>
`}`;
};
