// The contract's public surface: every schema with its inferred type of the same name, the
// endpoint registry, and the helpers both sides share. The OpenAPI builder lives apart in
// `./openapi` so that browser bundles never reach `toJSONSchema`.
export * from './endpoints';
export * from './schemas';
