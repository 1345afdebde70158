/** One problem with one input field, in Dutch, addressed by its path ("child.dateOfBirth"). */
export interface FieldError {
  path: string;
  message: string;
}

/** Read access to posted form fields, so the core can parse forms without knowing HTTP. */
export interface FormFields {
  get(name: string): string | null;
  getAll(name: string): string[];
}

/** One sub-form per requested type ("inzage.outcome", ...): each parsed alone, errors addressed as "<type>.<field>". */
export function readPerType<T, Type extends string>(
  types: readonly Type[],
  parse: (type: Type) => { success: true; data: T } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } },
): { ok: true; values: T[] } | { ok: false; errors: FieldError[] } {
  const values: T[] = [];
  const errors: FieldError[] = [];
  for (const type of types) {
    const result = parse(type);
    if (result.success) values.push(result.data);
    else
      for (const issue of result.error.issues) {
        const path = `${type}.${String(issue.path[0] ?? 'outcome')}`;
        // One message per field: the first says what to do.
        if (!errors.some((error) => error.path === path)) errors.push({ path, message: issue.message });
      }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, values };
}
