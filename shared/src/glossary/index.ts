export * from './terms.ts';
export * from './find.ts';
