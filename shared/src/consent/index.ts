export * from './deciders.ts';
export * from './status.ts';
