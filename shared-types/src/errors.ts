/** Base of every error the Strapi client throws: says what was asked and what to do. */
export class StrapiClientError extends Error {
  readonly url: string;
  constructor(message: string, url: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.url = url;
  }
}

/** Strapi could not be reached at all (refused, DNS, timeout) after the retries. */
export class StrapiUnreachableError extends StrapiClientError {}

/** 401/403: the token is missing, wrong, or lacks read access. */
export class StrapiAuthError extends StrapiClientError {
  readonly status: number;
  constructor(message: string, url: string, status: number) {
    super(message, url);
    this.status = status;
  }
}

/** Any other non-2xx answer; carries Strapi's own error body when it sent one. */
export class StrapiHttpError extends StrapiClientError {
  readonly status: number;
  readonly body: unknown;
  constructor(message: string, url: string, status: number, body: unknown) {
    super(message, url);
    this.status = status;
    this.body = body;
  }
}

/** A 2xx answer whose data does not match the schema generated from the CMS. */
export class StrapiResponseError extends StrapiClientError {}
