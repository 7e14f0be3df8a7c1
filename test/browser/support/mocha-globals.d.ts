/**
 * The Mocha BDD globals @web/test-runner provides in the browser (no `@types/mocha` installed).
 * Only what our browser tests use; `this` is Mocha's context, for `this.timeout(ms)`.
 */
interface MochaContext {
  timeout(ms: number): void;
  skip(): never;
}

type MochaDone = (error?: unknown) => void;
type MochaTest = (this: MochaContext, done: MochaDone) => Promise<unknown> | undefined;
type MochaSuite = (this: MochaContext) => void;

interface MochaTestFunction {
  (title: string, test?: MochaTest): void;
  only(title: string, test?: MochaTest): void;
  skip(title: string, test?: MochaTest): void;
}

interface MochaSuiteFunction {
  (title: string, suite: MochaSuite): void;
  only(title: string, suite: MochaSuite): void;
  skip(title: string, suite: MochaSuite): void;
}

declare const describe: MochaSuiteFunction;
declare const it: MochaTestFunction;
declare function before(hook: MochaTest): void;
declare function after(hook: MochaTest): void;
declare function beforeEach(hook: MochaTest): void;
declare function afterEach(hook: MochaTest): void;
