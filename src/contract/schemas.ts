// Every schema module of the contract, in one place: index.ts re-exports it for code, and
// openapi.ts walks it to name each exported schema as an OpenAPI component.
export * from './account';
export * from './admin';
export * from './customer';
export * from './dispute';
export * from './events';
export * from './invoice';
export * from './meta';
export * from './money';
export * from './payment';
export * from './plan';
export * from './primitives';
export * from './problem';
export * from './promise';
export * from './settings';
export * from './webhooks';
