export * from './deciders.ts';
export * from './status.ts';
export * from './request.ts';
