import type { DataDeps } from './family-scope.ts';
import type { Principal } from './principals.ts';
import type { EnterFamily } from './scoped-repository.ts';

/** What one request's repositories share: entering a family's scope, the server's parts, who asks, when and from where. */
export interface RepositoryContext {
  readonly enter: EnterFamily;
  readonly deps: DataDeps;
  readonly principal: Principal;
  readonly now: Date;
  readonly clientIp: string | null;
}

/**
 * A repository whose work is not only inside one family's scope (making families, helpers, profiles,
 * opinions kept apart from the family): it keeps the request's context for its methods.
 */
export abstract class RequestRepository {
  protected readonly enter: EnterFamily;
  protected readonly deps: DataDeps;
  protected readonly principal: Principal;
  protected readonly now: Date;
  protected readonly clientIp: string | null;

  constructor({ enter, deps, principal, now, clientIp }: RepositoryContext) {
    this.enter = enter;
    this.deps = deps;
    this.principal = principal;
    this.now = now;
    this.clientIp = clientIp;
  }
}
