import * as z from 'zod/mini';

/** `GET /healthz`. */
export const HealthStatus = z.object({ status: z.literal('ok') });
export type HealthStatus = z.infer<typeof HealthStatus>;

/** `GET /openapi.json`: an OpenAPI 3.1 document. */
export const OpenApiDocument = z.looseObject({
  openapi: z.string(),
  info: z.object({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.unknown()),
});
export type OpenApiDocument = z.infer<typeof OpenApiDocument>;
