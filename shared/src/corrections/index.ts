export * from './deadlines.ts';
export * from './status.ts';
export * from './removal.ts';
