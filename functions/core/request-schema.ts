import * as z from 'zod/mini';
import { isIsoDate } from './calendar-date';
import { cleanText, type TextShape } from './free-text';

/**
 * The one request schema: the JSON API parses its body with it, the form maps
 * its fields onto the same shape first. Messages are Dutch and addressed to
 * the requester (B1).
 */

import { REQUEST_TYPES, REQUESTER_ROLES } from './request-kinds';

export { REQUEST_TYPES, REQUESTER_ROLES, type RequestType, type RequesterRole } from './request-kinds';

export const MAX_DETAILS_LENGTH = 5000;

const requiredText = (missing: string, max: number, tooLong: string, shape: TextShape = 'line') =>
  z.string({ error: missing }).check(z.trim(), z.minLength(1, { error: missing }), z.maxLength(max, { error: tooLong }), cleanText(shape));

export const requestSchema = z.strictObject(
  {
    regionId: z
      .string({ error: 'Kies de regio en het overleg over het kind.' })
      .check(z.minLength(1, { error: 'Kies de regio en het overleg over het kind.' })),
    casusoverlegId: z.string({ error: 'Kies het overleg over het kind.' }).check(z.minLength(1, { error: 'Kies het overleg over het kind.' })),
    variablePartyId: z.optional(z.string({ error: 'Kies een organisatie uit de lijst.' })),
    types: z
      .array(z.enum(REQUEST_TYPES, { error: 'Kies uit inzage, rectificatie, verwijdering, beperking of bezwaar.' }), {
        error: 'Kies wat u wilt vragen.',
      })
      .check(
        z.minLength(1, { error: 'Kies wat u wilt vragen. U kunt meer dan één ding kiezen.' }),
        z.refine((types) => new Set(types).size === types.length, { error: 'Kies elk soort verzoek maar één keer.' }),
      ),
    requester: z.strictObject(
      {
        role: z.enum(REQUESTER_ROLES, { error: 'Kies of u de jongere, een ouder of de voogd bent.' }),
        name: requiredText('Vul uw naam in.', 200, 'Uw naam is te lang. Gebruik hoogstens 200 tekens.'),
        email: z.pipe(
          z
            .string({ error: 'Vul uw e-mailadres in.' })
            .check(z.trim(), z.minLength(1, { error: 'Vul uw e-mailadres in.' }), z.maxLength(254, { error: 'Het e-mailadres is te lang.' })),
          z.email({ error: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.' }),
        ),
        phone: z.optional(
          z
            .string({ error: 'Vul een geldig telefoonnummer in, zoals 06 12345678.' })
            .check(z.trim(), z.regex(/^\+?[0-9 ()-]{6,20}$/, { error: 'Vul een geldig telefoonnummer in, zoals 06 12345678.' })),
        ),
      },
      { error: 'Vul uw gegevens in.' },
    ),
    child: z.strictObject(
      {
        name: requiredText('Vul de naam van het kind in.', 200, 'De naam is te lang. Gebruik hoogstens 200 tekens.'),
        dateOfBirth: z
          .string({ error: 'Vul de geboortedatum van het kind in.' })
          .check(z.refine(isIsoDate, { error: 'Vul een bestaande geboortedatum in, zoals 17 3 2012.' })),
      },
      { error: 'Vul de gegevens van het kind in.' },
    ),
    details: requiredText(
      'Schrijf op om welke gegevens het gaat.',
      MAX_DETAILS_LENGTH,
      `Uw toelichting is te lang. Gebruik hoogstens ${MAX_DETAILS_LENGTH} tekens.`,
      'lines',
    ),
  },
  { error: 'Stuur het verzoek als JSON-object.' },
);

export type RequestInput = z.infer<typeof requestSchema>;
