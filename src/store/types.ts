/**
 * The store's ports, one file per port under ports/ (this barrel keeps every `store/types.js` import working).
 * Every method is async so that SQLite (sync underneath) and Postgres share one contract; the contract suite in
 * test/store/contract/ runs against each implementation.
 * Times are milliseconds since the epoch. Guild ids, channel ids and user ids are Discord snowflakes as strings.
 * Console mode uses the guild id "console".
 */
export type * from './ports/article-store.js';
export type * from './ports/boilerplate-store.js';
export type * from './ports/delivery-store.js';
export type * from './ports/feed-store.js';
export type * from './ports/guild-settings-store.js';
export type * from './ports/mention-store.js';
export type * from './ports/store.js';
export type * from './ports/subscription-store.js';
