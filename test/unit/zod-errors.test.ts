import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { zodFieldErrors } from '#core/zod-errors';

function errorsFor(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  expect(result.success).toBe(false);
  return zodFieldErrors(result.error!);
}

describe('zodFieldErrors', () => {
  it('keeps only the first message per field', () => {
    const schema = z.object({
      code: z
        .string()
        .min(5, { error: 'te kort' })
        .regex(/^[a-z]+$/, { error: 'alleen letters' }),
    });
    expect(schema.safeParse({ code: '1' }).error!.issues).toHaveLength(2);
    expect(errorsFor(schema, { code: '1' })).toEqual([{ path: 'code', message: 'te kort' }]);
  });

  it('joins nested paths with dots, array indexes included', () => {
    const schema = z.object({ a: z.object({ b: z.array(z.string({ error: 'tekst' })) }) });
    expect(errorsFor(schema, { a: { b: ['x', 1] } })).toEqual([{ path: 'a.b.1', message: 'tekst' }]);
  });

  it('gives one Dutch error per unknown field, at its full path', () => {
    const schema = z.strictObject({ inner: z.strictObject({ ok: z.string() }) });
    expect(errorsFor(schema, { inner: { ok: 'x', foo: 1, bar: 2 }, top: 3 })).toEqual([
      { path: 'inner.foo', message: 'Het veld "foo" bestaat niet. Laat het weg.' },
      { path: 'inner.bar', message: 'Het veld "bar" bestaat niet. Laat het weg.' },
      { path: 'top', message: 'Het veld "top" bestaat niet. Laat het weg.' },
    ]);
  });

  it('uses an empty path for the root', () => {
    expect(errorsFor(z.strictObject({}, { error: 'geen object' }), 'x')).toEqual([{ path: '', message: 'geen object' }]);
  });
});
