export * from './dates/calendar.ts';
export * from './visibility/index.ts';
export * from './errors/catalogue.ts';
export type * from './api/plan.ts';
export type * from './api/comments.ts';
export type * from './api/sync.ts';
export * from './contact/contact-details.ts';
export type * from './api/access-log.ts';
export type * from './api/contact-changes.ts';
