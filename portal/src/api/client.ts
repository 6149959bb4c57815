/** The one way the portal talks to the API: JSON, same-origin cookie, the CSRF header, problem codes. */

export class ApiProblem extends Error {
  readonly code: string;
  readonly status: number;
  readonly fields: string[];

  constructor(code: string, status: number, fields: string[] = []) {
    super(code);
    this.name = 'ApiProblem';
    this.code = code;
    this.status = status;
    this.fields = fields;
  }
}

export interface Transport {
  fetch: typeof fetch;
}

const browserTransport: Transport = { fetch: (...args) => fetch(...args) };

/** Calls `/api{path}`; resolves to the JSON body, or rejects with an ApiProblem that has a stable code. */
export async function api<T>(path: string, init: { method?: 'GET' | 'POST'; body?: unknown } = {}, transport: Transport = browserTransport): Promise<T> {
  let response: Response;
  try {
    response = await transport.fetch(`/api${path}`, {
      method: init.method ?? 'GET',
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'x-ons-plan': '1', ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
  } catch {
    // fetch only rejects when there is no connection at all.
    throw new ApiProblem('offline', 0);
  }
  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const problem = body as { code?: string; fields?: string[] } | undefined;
    throw new ApiProblem(problem?.code ?? (response.status >= 500 ? 'interne-fout' : 'ongeldige-invoer'), response.status, problem?.fields ?? []);
  }
  return body as T;
}

/** The i18n key for a problem, so every code has B1 text. */
export function problemKey(error: unknown): string {
  return `problem.${error instanceof ApiProblem ? error.code : 'interne-fout'}`;
}
