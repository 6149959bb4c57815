export * from './family.ts';
export * from './facts.ts';
export * from './written.ts';
