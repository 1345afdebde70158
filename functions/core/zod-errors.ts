import type { core } from 'zod/mini';
import type { FieldError } from './field-errors';

/**
 * Zod issues as Dutch field errors. Field schemas carry their own messages;
 * these cover what no field can: unknown fields and wrong JSON types.
 */
export function zodFieldErrors(error: core.$ZodError): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) errors.push({ path: path ? `${path}.${key}` : key, message: `Het veld "${key}" bestaat niet. Laat het weg.` });
      continue;
    }
    // Only the first problem per field: one clear message beats three.
    if (!errors.some((existing) => existing.path === path)) errors.push({ path, message: issue.message });
  }
  return errors;
}
