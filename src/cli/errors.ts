/** An error the command line reports as one line on standard error, with its exit status. */
export class CliError extends Error {
  constructor(message: string, readonly status: 1 | 2 = 1) {
    super(message);
    this.name = 'CliError';
  }
}

/** Bad usage: exit status 2. */
export const usage = (message: string) => new CliError(message, 2);
