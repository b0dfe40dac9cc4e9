// Bad input, bad config or bad usage: the CLI prints `message` as one line and exits with 2.
// Anything else that escapes is a bug in disclose.

export type DiscloseErrorKind = 'input' | 'config' | 'usage';

export class DiscloseError extends Error {
  readonly kind: DiscloseErrorKind;
  readonly file: string | undefined;

  constructor(kind: DiscloseErrorKind, message: string, file?: string) {
    super(message);
    this.name = 'DiscloseError';
    this.kind = kind;
    this.file = file;
  }
}

export function isDiscloseError(error: unknown): error is DiscloseError {
  return error instanceof DiscloseError;
}
