// ANSI colours through picocolors; whether to colour at all is the caller's choice (the CLI decides from the
// terminal, NO_COLOR and FORCE_COLOR in cli/output.ts wantsColor), so picocolors' own detection is not used.
import picocolors from 'picocolors';

export type Style = 'red' | 'yellow' | 'blue' | 'green' | 'dim' | 'bold' | 'underline';

export function painter(enabled: boolean): (style: Style, text: string) => string {
  const colors = picocolors.createColors(enabled);
  return (style, text) => colors[style](text);
}
