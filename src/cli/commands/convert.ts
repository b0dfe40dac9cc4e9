import { Command } from 'commander';
import { writeUseCaseResult } from '../write-result.js';

// Exit codes: 0 converted; 2 bad input (not a PDF or DOCX, unreadable, scanned) or an output over the input.
export function convertCommand(): Command {
  return new Command('convert')
    .description('write a PDF or DOCX report as Markdown: front matter (values inferred from the text said so), page markers with the printed numbers, headings, GFM tables, and the sidecar\'s tags as directives')
    .argument('<file>', 'a PDF or DOCX report')
    .option('-o, --output <file>', 'write the Markdown to a file instead of stdout (never the report or its sidecar)')
    .action(async (file: string, options: { output?: string }) => {
      const { convertUseCase } = await import('../../app/convert.js');
      writeUseCaseResult(await convertUseCase(file, options.output !== undefined ? { output: options.output } : {}));
    });
}
