/**
 * The art. 15 statements and the copy a provided inzage needs, as the answer
 * form posts them (`inzage.purposes`, ...): for tests whose subject is not
 * the answer itself.
 */
export const INZAGE_STATEMENTS = {
  purposes: 'Om de juiste ondersteuning op school te regelen.',
  recipients: 'Aan de andere organisaties van het overleg.',
  retention: 'Tot een jaar na het afsluiten.',
  source: 'Van de ouders en de mentor.',
  copy: 'Leerlingdossier: aanwezigheid 2025-2026, twee gesprekken met de mentor.',
};

export function inzageStatementFields(type = 'inzage', statements: Partial<typeof INZAGE_STATEMENTS> = {}): Record<string, string> {
  return Object.fromEntries(Object.entries({ ...INZAGE_STATEMENTS, ...statements }).map(([field, value]) => [`${type}.${field}`, value]));
}
