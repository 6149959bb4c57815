export * from './b1-advice.ts';
export * from './name-warning.ts';
