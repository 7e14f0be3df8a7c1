import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { elementNames } from '../../../components/base/elements';

describe("the script tag's table of elements", () => {
  it('globs exactly the shipped elements of components/base/elements.ts', async () => {
    // `import.meta.glob` takes only literals, so the list is written twice; this keeps them equal.
    const source = await readFile(new URL('../../../src/script-tag.ts', import.meta.url), 'utf8');
    const pattern = /import\.meta\.glob\(\s*'\.\.\/components\/\{([^}]+)\}\/define\.ts'/.exec(source);
    expect(pattern, 'a brace-list glob over components/<name>/define.ts').not.toBeNull();
    expect(pattern![1]!.split(',').sort()).toEqual([...elementNames].sort());
  });
});
