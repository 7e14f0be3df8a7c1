import { parseArgs } from 'node:util';
import { createCustomerToken, MAX_TOKEN_LIFETIME_SECONDS, parseDuration } from './auth';

const USAGE = `Usage: amicable token --customer <id> [--ttl 15m]

Prints a customer token (JWT, HS256) signed with AMICABLE_TOKEN_SECRET, as a creditor's portal
backend would mint it: sub = the customer id, aud = "amicable", valid for --ttl (at most 1h).

Commands:
  token     mint a customer token
  help      show this text`;

/** Runs the `amicable` command line; returns the exit code. */
export async function runCli(
  argv: string[],
  env: Record<string, string | undefined> = process.env,
  out: (text: string) => void = (text) => process.stdout.write(text),
  err: (text: string) => void = (text) => process.stderr.write(text),
): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    out(`${USAGE}\n`);
    return command === undefined ? 1 : 0;
  }
  if (command !== 'token') {
    err(`Unknown command "${command}".\n\n${USAGE}\n`);
    return 1;
  }
  let values: { customer?: string; ttl?: string };
  try {
    ({ values } = parseArgs({
      args: rest,
      options: { customer: { type: 'string' }, ttl: { type: 'string', default: '15m' } },
      strict: true,
    }));
  } catch (error) {
    err(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 1;
  }
  if (!values.customer) {
    err(`--customer is required.\n\n${USAGE}\n`);
    return 1;
  }
  const secret = env.AMICABLE_TOKEN_SECRET;
  if (!secret || Buffer.byteLength(secret, 'utf8') < 32) {
    err(
      'AMICABLE_TOKEN_SECRET is missing or shorter than 32 bytes: set it to the secret the server uses, e.g. `openssl rand -base64 48`\n',
    );
    return 1;
  }
  let ttl: number;
  try {
    ttl = parseDuration(values.ttl ?? '15m');
  } catch (error) {
    err(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  if (ttl > MAX_TOKEN_LIFETIME_SECONDS) {
    err('--ttl may be at most 1h: customer tokens are short-lived by design\n');
    return 1;
  }
  out(`${await createCustomerToken({ customerId: values.customer, secret, expiresIn: ttl })}\n`);
  return 0;
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (invokedDirectly) {
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
