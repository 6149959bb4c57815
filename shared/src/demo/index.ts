export * from './family.ts';
export * from './facts.ts';
