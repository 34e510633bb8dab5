/** Typed errors: every error carries a stable `.code`; tests assert the code, not the wording. */
export class NewsGraphError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** An input file or record cannot be read as an article. */
export class InvalidInputError extends NewsGraphError {
  constructor(message: string, readonly file?: string, readonly line?: number) {
    super('E_INPUT', message);
  }
}

/** A named thing (entity, article) does not exist. */
export class NotFoundError extends NewsGraphError {
  constructor(message: string, readonly suggestions: string[] = []) {
    super('E_NOT_FOUND', message);
  }
}

/** A name matches more than one thing. */
export class AmbiguousError extends NewsGraphError {
  constructor(message: string, readonly candidates: string[] = []) {
    super('E_AMBIGUOUS', message);
  }
}

/** Bad command-line or API usage. */
export class UsageError extends NewsGraphError {
  constructor(message: string) {
    super('E_USAGE', message);
  }
}

/** The store could not be opened, migrated or written. */
export class StoreError extends NewsGraphError {
  constructor(message: string) {
    super('E_STORE', message);
  }
}

/** A pipeline stage failed or was run without what it requires. */
export class PipelineError extends NewsGraphError {
  constructor(message: string, readonly stage?: string) {
    super('E_PIPELINE', message);
  }
}
