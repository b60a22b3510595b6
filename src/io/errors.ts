/** An error whose message is meant for the user as one line; the CLI prints it and exits with `code`. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly code: number = 2,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
